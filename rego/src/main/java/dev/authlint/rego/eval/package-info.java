/**
 * The Rego evaluator, OPA's "topdown" in Java.
 *
 * <p>Pipeline: the compiler's output (absolute refs, renamed locals, safety-ordered bodies) is
 * lowered once per {@link dev.authlint.rego.Rego} by {@link dev.authlint.rego.eval.Planner} into
 * the executable plan of {@link dev.authlint.rego.eval.plan}: variables become frame slots, rules
 * hang in a tree under {@code data}, calls and {@code with} targets are classified. Each query
 * evaluation then runs in a fresh {@code Evaluation} (input, {@code with} state, caches, deadline)
 * driven by {@code TopDown}:
 *
 * <ul>
 *   <li>bodies, unification and refs in continuation-passing style: a goal runs its continuation
 *       once per solution, bindings are undone when it returns, so backtracking is returning;</li>
 *   <li>{@code RuleEvaluator}: virtual documents (complete rules with else chains and defaults,
 *       multi-value rules, partial objects, ref heads), merged with base documents and cached per
 *       {@code with} scope; conflicts raise {@code eval_conflict_error};</li>
 *   <li>{@code Calls}: user functions (cached per argument tuple), builtins (strict or undefined on
 *       error), mocks from {@code with}, {@code print};</li>
 *   <li>{@link dev.authlint.rego.eval.QueryRunner}: the entry point; retries on a large-stack
 *       thread when a deeply nested input overflows the caller's stack.</li>
 * </ul>
 *
 * <p>Nothing here is shared between evaluations except the immutable plan, so prepared queries
 * are thread-safe.
 */
package dev.authlint.rego.eval;

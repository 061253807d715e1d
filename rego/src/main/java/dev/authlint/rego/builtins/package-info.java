/**
 * Rego built-in functions, OPA style: one family class per group (strings, numbers, sets, ...)
 * with one small method per builtin and one registration line each.
 *
 * <p>{@link dev.authlint.rego.builtins.BuiltinRegistry#standard()} lists every family in one
 * place. Builtins throw {@link dev.authlint.rego.builtins.BuiltinFailure} (usually through the
 * {@link dev.authlint.rego.builtins.Operands} helpers) without naming themselves; the registry
 * wraps each one so that errors reach the evaluator as a
 * {@link dev.authlint.rego.builtins.BuiltinException} carrying OPA's code and the
 * {@code "<name>: "} prefix.
 */
package dev.authlint.rego.builtins;

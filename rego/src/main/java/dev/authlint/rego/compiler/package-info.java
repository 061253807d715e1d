/**
 * Checks and prepares parsed modules for evaluation, as OPA's compiler: an ordered list of stages
 * with OPA's names ({@link dev.authlint.rego.compiler.Compiler#stageNames()}) that resolve refs,
 * rename locals, order bodies for safety and report OPA's compile errors. The result,
 * {@link dev.authlint.rego.compiler.CompiledPolicy}, holds the rule tree, annotations and test
 * discovery, and compiles queries.
 */
package dev.authlint.rego.compiler;

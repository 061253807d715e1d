/**
 * The Rego abstract syntax tree, mirroring OPA's {@code ast} package: immutable records for
 * modules, packages, imports, rules ({@link dev.authlint.rego.ast.Rule}, {@link dev.authlint.rego.ast.RuleHead}),
 * bodies, expressions and the sealed {@link dev.authlint.rego.ast.Term} hierarchy. Infix operators
 * are {@link dev.authlint.rego.ast.Call}s of OPA's builtin names ({@link dev.authlint.rego.ast.Operators}).
 * Terms print back as Rego; equality ignores locations.
 */
package dev.authlint.rego.ast;

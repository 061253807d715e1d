package dev.authlint.rego.ast;

/**
 * What an {@link Expr} evaluates: a term (usually a {@link Call}), a {@code some} declaration,
 * a {@code some ... in ...} iteration, or an {@code every} quantifier.
 */
public sealed interface Statement extends Node permits Term, SomeDecl, SomeIn, Every {
}

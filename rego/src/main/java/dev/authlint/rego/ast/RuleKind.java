package dev.authlint.rego.ast;

/** The kind of document a rule defines. */
public enum RuleKind {
    /**
     * A single-value rule: {@code p := v}, {@code p if ...}, or with a ref head that has vars
     * ({@code p[k] := v}, {@code a.b[x].c := v}), which builds an object.
     */
    COMPLETE,
    /** A multi-value rule ({@code p contains x}, v0 {@code p[x] { ... }}): builds a set. */
    MULTI_VALUE,
    /** A function ({@code f(x) := y}). */
    FUNCTION
}

package dev.authlint.rego.ast;

/**
 * A Rego term, mirroring OPA's {@code ast.Term} value kinds. Every term carries its location.
 * Terms print in Rego syntax via {@code toString()}.
 */
public sealed interface Term extends Statement
        permits Scalar, Var, Ref, ArrayTerm, ObjectTerm, SetTerm,
                ArrayComprehension, SetComprehension, ObjectComprehension, Call {

    /** True if the term contains no variables (so it is a constant once refs are excluded). */
    default boolean isGround() {
        return Terms.isGround(this);
    }
}

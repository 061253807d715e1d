package dev.authlint.rego.builtins;

import java.util.Objects;

/**
 * The declaration of a builtin: its Rego name, arity ({@code -1} for variadic), documentation
 * category and implementation.
 *
 * @param name the Rego name, e.g. {@code "indexof"} or {@code "net.cidr_contains"}
 * @param arity the number of operands, not counting the output; {@code -1} when variadic
 * @param category the documentation group, e.g. {@code "strings"}
 * @param impl the implementation (wrapped by the registry so its errors carry the name)
 * @param relation true when the builtin yields several results (as {@code walk}); its
 *     implementation returns an array of them and the evaluator iterates over it
 * @param deterministic false when two calls with equal operands may differ (time, random)
 * @param deprecated true for builtins OPA deprecated; v1 policies must not call them
 */
public record BuiltinDecl(String name, int arity, String category, Builtin impl, boolean relation,
        boolean deterministic, boolean deprecated) {

    /** Validates the declaration. */
    public BuiltinDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(impl, "impl");
        if (arity < -1) {
            throw new IllegalArgumentException("arity must be -1 (variadic) or at least 0: " + arity);
        }
    }

    /** A declaration that is not deprecated. */
    public BuiltinDecl(String name, int arity, String category, Builtin impl, boolean relation,
            boolean deterministic) {
        this(name, arity, category, impl, relation, deterministic, false);
    }

    /** True when the builtin takes any number of operands. */
    public boolean variadic() {
        return arity == -1;
    }
}

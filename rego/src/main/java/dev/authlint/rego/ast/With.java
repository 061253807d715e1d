package dev.authlint.rego.ast;

import java.util.Objects;

/**
 * A {@code with target as value} modifier.
 *
 * @param target   a ref into {@code input} or {@code data}, or a function/builtin name
 * @param value    the replacement: any term, or a function ref
 * @param location where {@code with} appears
 */
public record With(Term target, Term value, Location location) implements Node {

    public With {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof With other && target.equals(other.target) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return 31 * target.hashCode() + value.hashCode();
    }

    @Override
    public String toString() {
        return "with " + target + " as " + value;
    }
}

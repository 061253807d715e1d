package dev.authlint.rego.ast;

import java.util.Objects;

/**
 * {@code some x in xs} or {@code some k, v in xs}: declares the vars in {@code key}/{@code value}
 * and iterates over the members of {@code collection} (OPA: {@code internal.member_2/3}).
 *
 * @param key        the key/index term, or {@code null} for the one-variable form
 * @param value      the value term
 * @param collection the array, set, object (or string-free term) iterated
 * @param location   where {@code some} appears
 */
public record SomeIn(Term key, Term value, Term collection, Location location) implements Statement {

    public SomeIn {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SomeIn other && Objects.equals(key, other.key) && value.equals(other.value)
                && collection.equals(other.collection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, collection);
    }

    @Override
    public String toString() {
        return "some " + (key == null ? "" : key + ", ") + value + " in " + collection;
    }
}

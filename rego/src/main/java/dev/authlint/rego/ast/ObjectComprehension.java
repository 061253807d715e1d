package dev.authlint.rego.ast;

/**
 * {@code {key: value | body}}: the object built from every solution of {@code body}.
 *
 * @param key      the key produced per solution
 * @param value    the value produced per solution
 * @param body     the query
 * @param location where the comprehension starts
 */
public record ObjectComprehension(Term key, Term value, Body body, Location location) implements Term {

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectComprehension other && key.equals(other.key)
                && value.equals(other.value) && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * key.hashCode() + value.hashCode()) + body.hashCode();
    }

    @Override
    public String toString() {
        return "{" + key + ": " + value + " | " + body + "}";
    }
}

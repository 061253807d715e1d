package dev.authlint.rego.ast;

/**
 * {@code [term | body]}: the array of {@code term} for every solution of {@code body}.
 *
 * @param term     the element produced per solution
 * @param body     the query
 * @param location where the comprehension starts
 */
public record ArrayComprehension(Term term, Body body, Location location) implements Term {

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayComprehension other && term.equals(other.term) && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return 31 * term.hashCode() + body.hashCode();
    }

    @Override
    public String toString() {
        return "[" + term + " | " + body + "]";
    }
}

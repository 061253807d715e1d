package dev.authlint.rego.ast;

/**
 * {@code {term | body}}: the set of {@code term} for every solution of {@code body}.
 *
 * @param term     the element produced per solution
 * @param body     the query
 * @param location where the comprehension starts
 */
public record SetComprehension(Term term, Body body, Location location) implements Term {

    @Override
    public boolean equals(Object o) {
        return o instanceof SetComprehension other && term.equals(other.term) && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return 37 * term.hashCode() + body.hashCode();
    }

    @Override
    public String toString() {
        return "{" + term + " | " + body + "}";
    }
}

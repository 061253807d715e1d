package dev.authlint.rego.ast;

import java.util.List;

/**
 * A set literal {@code {a, b}} or {@code set()}.
 *
 * @param elements the elements as written (duplicates are removed at evaluation)
 * @param location where the literal starts
 */
public record SetTerm(List<Term> elements, Location location) implements Term {

    public SetTerm {
        elements = List.copyOf(elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetTerm other && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode() + 7;
    }

    @Override
    public String toString() {
        return elements.isEmpty() ? "set()" : Terms.join("{", elements, "}");
    }
}

package dev.authlint.rego.ast;

import java.util.List;

/**
 * An array literal {@code [a, b]}.
 *
 * @param elements the elements in order
 * @param location where the literal starts
 */
public record ArrayTerm(List<Term> elements, Location location) implements Term {

    public ArrayTerm {
        elements = List.copyOf(elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayTerm other && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return Terms.join("[", elements, "]");
    }
}

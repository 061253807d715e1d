package dev.authlint.rego.ast;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An object literal {@code {k: v, ...}}.
 *
 * @param entries  the key/value pairs as written
 * @param location where the literal starts
 */
public record ObjectTerm(List<Entry> entries, Location location) implements Term {

    /** One {@code key: value} pair of an object literal. */
    public record Entry(Term key, Term value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public ObjectTerm {
        entries = List.copyOf(entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectTerm other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.stream().map(e -> e.key() + ": " + e.value())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}

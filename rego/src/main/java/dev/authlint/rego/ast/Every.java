package dev.authlint.rego.ast;

import java.util.Objects;

/**
 * {@code every k, v in domain { body }}: true if {@code body} holds for every member.
 *
 * @param key      the key/index var, or {@code null} for the one-variable form
 * @param value    the value var
 * @param domain   the collection iterated
 * @param body     the condition checked per member
 * @param location where {@code every} appears
 */
public record Every(Term key, Term value, Term domain, Body body, Location location) implements Statement {

    public Every {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Every other && Objects.equals(key, other.key) && value.equals(other.value)
                && domain.equals(other.domain) && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, domain, body);
    }

    @Override
    public String toString() {
        return "every " + (key == null ? "" : key + ", ") + value + " in " + domain + " { " + body + " }";
    }
}

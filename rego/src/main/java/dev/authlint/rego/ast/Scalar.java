package dev.authlint.rego.ast;

import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;

import java.util.Objects;

/**
 * A literal null, boolean, number or string.
 *
 * @param value    the constant; never a composite value
 * @param location where the literal starts
 */
public record Scalar(Value value, Location location) implements Term {

    public Scalar {
        Objects.requireNonNull(value, "value");
    }

    /** A string literal, e.g. a ref path element written {@code .name}. */
    public static Scalar string(String text, Location location) {
        return new Scalar(StringValue.of(text), location);
    }

    /** The string content if this is a string literal, else {@code null}. */
    public String stringValue() {
        return value instanceof StringValue s ? s.value() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scalar other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toRegoString();
    }
}

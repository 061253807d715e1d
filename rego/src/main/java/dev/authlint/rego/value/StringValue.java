package dev.authlint.rego.value;

import java.util.Objects;

/** A Rego string. Ordered by code point (UTF-8 byte order), as OPA orders strings. */
public final class StringValue implements Value {

    /** The empty string. */
    public static final StringValue EMPTY = new StringValue("");

    private final String value;

    private StringValue(String value) {
        this.value = value;
    }

    /** A string value; {@code value} must not be null. */
    public static StringValue of(String value) {
        Objects.requireNonNull(value, "value");
        return value.isEmpty() ? EMPTY : new StringValue(value);
    }

    /** The Java string. */
    public String value() {
        return value;
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringValue s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The quoted Rego form, as {@link #toRegoString()}. */
    @Override
    public String toString() {
        return toRegoString();
    }
}

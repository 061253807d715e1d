package dev.authlint.rego.value;

import java.util.Objects;

/** A Rego string. Ordered by code point (UTF-8 byte order), as OPA orders strings. */
public final class StringValue implements Value {

    /** The empty string. */
    public static final StringValue EMPTY = new StringValue("");

    private final String value;
    /** 0 not yet known, 1 no character at or above U+D800, 2 some; see {@link #hasHighChars()}. */
    private byte high;

    private StringValue(String value) {
        this.value = value;
    }

    /**
     * True when the string has a character at or above U+D800, the only ones whose UTF-16 order
     * differs from code-point order; computed once, so most comparisons can use the JDK's
     * (vectorised) {@code String.compareTo}.
     */
    boolean hasHighChars() {
        byte h = high;
        if (h == 0) {
            h = 1;
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) >= '\uD800') {
                    h = 2;
                    break;
                }
            }
            high = h;
        }
        return h == 2;
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

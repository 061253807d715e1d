package dev.authlint.rego.value;

/** The Rego/JSON {@code null}. */
public final class NullValue implements Value {

    /** The only instance. */
    public static final NullValue INSTANCE = new NullValue();

    private NullValue() {
    }

    @Override
    public String typeName() {
        return "null";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NullValue;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "null";
    }
}

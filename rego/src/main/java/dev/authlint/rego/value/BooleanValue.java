package dev.authlint.rego.value;

/** A Rego boolean; only the two constants exist. */
public final class BooleanValue implements Value {

    /** {@code true}. */
    public static final BooleanValue TRUE = new BooleanValue(true);
    /** {@code false}. */
    public static final BooleanValue FALSE = new BooleanValue(false);

    private final boolean value;

    private BooleanValue(boolean value) {
        this.value = value;
    }

    /** The constant for {@code value}. */
    public static BooleanValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The Java boolean. */
    public boolean value() {
        return value;
    }

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BooleanValue b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}

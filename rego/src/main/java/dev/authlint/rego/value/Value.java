package dev.authlint.rego.value;

/**
 * A Rego value: null, boolean, number, string, array, object or set.
 *
 * <p>Values are immutable. {@link #compareTo} is OPA's total order (null &lt; false &lt; true &lt;
 * numbers &lt; strings &lt; arrays &lt; objects &lt; sets); {@code equals} and {@code hashCode} agree
 * with it, so {@code 1} equals {@code 1.0}.
 */
public sealed interface Value extends Comparable<Value>
        permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

    /** OPA's {@code type_name}: {@code null|boolean|number|string|array|object|set}. */
    String typeName();

    /**
     * The Rego text form, as OPA prints terms: strings quoted, arrays {@code [1, "a"]}, objects
     * {@code {"a": 1}}, sets {@code {1, 2}} and the empty set {@code set()}. Used by
     * {@code sprintf("%v")}, {@code print} and error messages.
     */
    default String toRegoString() {
        StringBuilder out = new StringBuilder();
        RegoText.append(out, this);
        return out.toString();
    }

    /** Compares under OPA's total order of values. */
    @Override
    default int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }

    /** True for the scalars null, boolean, number and string. */
    default boolean isScalar() {
        return !(this instanceof ArrayValue || this instanceof ObjectValue || this instanceof SetValue);
    }
}

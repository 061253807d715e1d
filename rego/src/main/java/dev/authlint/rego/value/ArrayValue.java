package dev.authlint.rego.value;

import java.util.Arrays;
import java.util.List;

/** An immutable Rego array. */
public final class ArrayValue implements Value {

    /** The empty array. */
    public static final ArrayValue EMPTY = new ArrayValue(List.of());

    private final List<Value> elements;
    private int hash;

    private ArrayValue(List<Value> elements) {
        this.elements = elements;
    }

    /** An array of {@code elements} (copied; nulls are rejected). */
    public static ArrayValue of(List<? extends Value> elements) {
        return elements.isEmpty() ? EMPTY : new ArrayValue(List.copyOf(elements));
    }

    /** An array of {@code elements}. */
    public static ArrayValue of(Value... elements) {
        return of(Arrays.asList(elements));
    }

    /** The element at {@code index}. */
    public Value get(int index) {
        return elements.get(index);
    }

    /** The number of elements. */
    public int size() {
        return elements.size();
    }

    /** True when there are no elements. */
    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The elements, unmodifiable. */
    public List<Value> elements() {
        return elements;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ArrayValue a && a.hashCode() == hashCode() && a.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = elements.hashCode() * 31 + 4;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return toRegoString();
    }
}

package dev.authlint.rego.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

/** An immutable Rego set, its elements sorted by OPA's order. */
public final class SetValue implements Value {

    /** The empty set. */
    public static final SetValue EMPTY = new SetValue(Collections.emptyNavigableSet());

    private final NavigableSet<Value> elements;
    private int hash;

    private SetValue(NavigableSet<Value> elements) {
        this.elements = elements;
    }

    /** A set of {@code elements} (duplicates collapse; nulls are rejected). */
    public static SetValue of(Collection<? extends Value> elements) {
        if (elements.isEmpty()) {
            return EMPTY;
        }
        TreeSet<Value> sorted = new TreeSet<>();
        for (Value v : elements) {
            sorted.add(java.util.Objects.requireNonNull(v, "set element"));
        }
        return new SetValue(Collections.unmodifiableNavigableSet(sorted));
    }

    /** A set of {@code elements}. */
    public static SetValue of(Value... elements) {
        return of(Arrays.asList(elements));
    }

    /** A builder that collects elements. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when {@code value} is a member. */
    public boolean contains(Value value) {
        return elements.contains(value);
    }

    /** The elements in sorted order, unmodifiable. */
    public NavigableSet<Value> elements() {
        return elements;
    }

    /** The number of elements. */
    public int size() {
        return elements.size();
    }

    /** True when there are no elements. */
    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** {@code this | other}. */
    public SetValue union(SetValue other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        TreeSet<Value> out = new TreeSet<>(elements);
        out.addAll(other.elements);
        return new SetValue(Collections.unmodifiableNavigableSet(out));
    }

    /** {@code this & other}. */
    public SetValue intersection(SetValue other) {
        TreeSet<Value> out = new TreeSet<>();
        SetValue smaller = size() <= other.size() ? this : other;
        SetValue larger = smaller == this ? other : this;
        for (Value v : smaller.elements) {
            if (larger.elements.contains(v)) {
                out.add(v);
            }
        }
        return out.isEmpty() ? EMPTY : new SetValue(Collections.unmodifiableNavigableSet(out));
    }

    /** {@code this - other}. */
    public SetValue difference(SetValue other) {
        if (other.isEmpty() || isEmpty()) {
            return this;
        }
        TreeSet<Value> out = new TreeSet<>(elements);
        out.removeAll(other.elements);
        return out.isEmpty() ? EMPTY : new SetValue(Collections.unmodifiableNavigableSet(out));
    }

    /** This set with {@code value} added. */
    public SetValue with(Value value) {
        if (elements.contains(value)) {
            return this;
        }
        TreeSet<Value> out = new TreeSet<>(elements);
        out.add(value);
        return new SetValue(Collections.unmodifiableNavigableSet(out));
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SetValue s && s.hashCode() == hashCode() && s.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = elements.hashCode() * 31 + 6;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return toRegoString();
    }

    /** Collects set elements; each {@link #build()} returns an independent set. */
    public static final class Builder {
        private final TreeSet<Value> elements = new TreeSet<>();

        private Builder() {
        }

        /** Adds {@code value} (no effect if present). */
        public Builder add(Value value) {
            elements.add(java.util.Objects.requireNonNull(value, "set element"));
            return this;
        }

        /** Adds every value. */
        public Builder addAll(Collection<? extends Value> values) {
            values.forEach(this::add);
            return this;
        }

        /** True when {@code value} was already added. */
        public boolean contains(Value value) {
            return elements.contains(value);
        }

        /** The number of elements added so far. */
        public int size() {
            return elements.size();
        }

        /** The set of the elements added so far. */
        public SetValue build() {
            return elements.isEmpty() ? EMPTY
                    : new SetValue(Collections.unmodifiableNavigableSet(new TreeSet<>(elements)));
        }
    }
}

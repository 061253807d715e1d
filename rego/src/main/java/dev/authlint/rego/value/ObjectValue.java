package dev.authlint.rego.value;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** An immutable Rego object. Keys may be any value; iteration is in sorted key order. */
public final class ObjectValue implements Value {

    /** The empty object. */
    public static final ObjectValue EMPTY = new ObjectValue(Collections.emptyNavigableMap());

    private final NavigableMap<Value, Value> entries;
    private int hash;

    private ObjectValue(NavigableMap<Value, Value> entries) {
        this.entries = entries;
    }

    /** An object with the entries of {@code map} (copied; nulls are rejected). */
    public static ObjectValue of(Map<? extends Value, ? extends Value> map) {
        Builder b = builder();
        map.forEach(b::put);
        return b.build();
    }

    /** A builder; a later {@code put} of the same key replaces the earlier value. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value at {@code key}, or null when absent. */
    public Value get(Value key) {
        return entries.get(key);
    }

    /** The value at the string key {@code key}, or null when absent. */
    public Value get(String key) {
        return entries.get(StringValue.of(key));
    }

    /** True when {@code key} is present. */
    public boolean containsKey(Value key) {
        return entries.containsKey(key);
    }

    /** The entries in sorted key order, unmodifiable. */
    public Set<Map.Entry<Value, Value>> entries() {
        return entries.entrySet();
    }

    /** The keys in sorted order, unmodifiable. */
    public NavigableSet<Value> keys() {
        return entries.navigableKeySet();
    }

    /** The entries as a sorted, unmodifiable map. */
    public NavigableMap<Value, Value> asMap() {
        return entries;
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    /** True when there are no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This object with {@code key} set to {@code value}. */
    public ObjectValue with(Value key, Value value) {
        TreeMap<Value, Value> copy = new TreeMap<>(entries);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new ObjectValue(Collections.unmodifiableNavigableMap(copy));
    }

    /** This object without {@code key}. */
    public ObjectValue without(Value key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        TreeMap<Value, Value> copy = new TreeMap<>(entries);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new ObjectValue(Collections.unmodifiableNavigableMap(copy));
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectValue v && v.hashCode() == hashCode() && v.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = entries.hashCode() * 31 + 5;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return toRegoString();
    }

    /** Collects entries; each {@link #build()} returns an independent object. */
    public static final class Builder {
        private final TreeMap<Value, Value> entries = new TreeMap<>();

        private Builder() {
        }

        /** Sets {@code key} to {@code value}, replacing an earlier value. */
        public Builder put(Value key, Value value) {
            entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the string key {@code key} to {@code value}. */
        public Builder put(String key, Value value) {
            return put(StringValue.of(key), value);
        }

        /** Copies every entry of {@code object}. */
        public Builder putAll(ObjectValue object) {
            entries.putAll(object.entries);
            return this;
        }

        /** The value put at {@code key} so far, or null. */
        public Value get(Value key) {
            return entries.get(key);
        }

        /** Removes {@code key}. */
        public Builder remove(Value key) {
            entries.remove(key);
            return this;
        }

        /** The number of entries so far. */
        public int size() {
            return entries.size();
        }

        /** The object of the entries put so far. */
        public ObjectValue build() {
            return entries.isEmpty() ? EMPTY
                    : new ObjectValue(Collections.unmodifiableNavigableMap(new TreeMap<>(entries)));
        }
    }
}

package dev.authlint.core.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where a parsed value and its children were written: a tree that mirrors a JSON-like value (maps, lists,
 * scalars). It is kept apart from the value so that policies see plain data, and so that normalized values
 * (an {@code Action} string made into an array) can reuse the positions of what the author wrote.
 *
 * <p>Instances are immutable once built; the builders in this package hand over fresh maps and lists.
 */
public final class PositionNode {

    private final Span span;
    private final Span keySpan;
    private final Map<String, PositionNode> fields;
    private final List<PositionNode> items;

    private PositionNode(Span span, Span keySpan, Map<String, PositionNode> fields, List<PositionNode> items) {
        this.span = span;
        this.keySpan = keySpan;
        this.fields = fields;
        this.items = items;
    }

    /** A scalar (or any value whose children have no positions) at {@code span}. */
    public static PositionNode leaf(Span span) {
        return new PositionNode(span, null, null, null);
    }

    /** A mapping whose entries are positioned by {@code fields} (taken over, not copied). */
    public static PositionNode mapping(Span span, Map<String, PositionNode> fields) {
        return new PositionNode(span, null, Collections.unmodifiableMap(fields), null);
    }

    /** A sequence whose elements are positioned by {@code items} (taken over, not copied). */
    public static PositionNode sequence(Span span, List<PositionNode> items) {
        return new PositionNode(span, null, null, Collections.unmodifiableList(items));
    }

    /** The same node, remembered as the value of a mapping key written at {@code key}. */
    public PositionNode withKeySpan(Span key) {
        return new PositionNode(span, key, fields, items);
    }

    /** Where the value starts and ends. */
    public Span span() {
        return span;
    }

    /** Where the key that introduced this value was written, or null (a list element, a document root). */
    public Span keySpan() {
        return keySpan;
    }

    /** The child for a mapping key, or null. */
    public PositionNode field(String key) {
        return fields == null ? null : fields.get(key);
    }

    /** The child for a sequence index, or null. */
    public PositionNode item(int index) {
        return items == null || index < 0 || index >= items.size() ? null : items.get(index);
    }

    /** The positioned entries of a mapping (empty for other nodes). */
    public Map<String, PositionNode> fields() {
        return fields == null ? Map.of() : fields;
    }

    /** The positioned elements of a sequence (empty for other nodes). */
    public List<PositionNode> items() {
        return items == null ? List.of() : items;
    }

    /**
     * The child addressed by one path step: a string key for mappings, an integral number (or a string of
     * digits) for sequences. Null when there is no such child.
     */
    public PositionNode child(Object step) {
        if (fields != null && step instanceof String key) {
            return fields.get(key);
        }
        if (items != null) {
            int index = indexOf(step);
            return index < 0 ? null : item(index);
        }
        return null;
    }

    /**
     * Resolves a document path as docs/input-schema.md describes: an existing scalar resolves to the value, an
     * existing mapping or sequence to the key it is written under (the value when it has none); a path that goes
     * past the last existing value resolves to the key of the nearest existing ancestor.
     */
    public Span resolve(List<?> path) {
        PositionNode node = this;
        for (Object step : path) {
            PositionNode next = node.child(step);
            if (next == null) {
                return node.keySpan != null ? node.keySpan : node.span;
            }
            node = next;
        }
        boolean collection = node.fields != null || node.items != null;
        return collection && node.keySpan != null ? node.keySpan : node.span;
    }

    /** Shifts every span of this tree through {@code mapper} (used for values parsed out of a string). */
    public PositionNode remap(UnaryOperator<Span> mapper) {
        Span key = keySpan == null ? null : mapper.apply(keySpan);
        if (fields != null) {
            Map<String, PositionNode> mapped = new LinkedHashMap<>();
            fields.forEach((k, v) -> mapped.put(k, v.remap(mapper)));
            return new PositionNode(mapper.apply(span), key, Collections.unmodifiableMap(mapped), null);
        }
        if (items != null) {
            return new PositionNode(mapper.apply(span), key, null,
                    items.stream().map(i -> i.remap(mapper)).toList());
        }
        return new PositionNode(mapper.apply(span), key, null, null);
    }

    private static int indexOf(Object step) {
        if (step instanceof Integer || step instanceof Long || step instanceof Short || step instanceof Byte) {
            long v = ((Number) step).longValue();
            return v < 0 || v > Integer.MAX_VALUE ? -1 : (int) v;
        }
        if (step instanceof Number n) {
            double d = n.doubleValue();
            return d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d) ? (int) d : -1;
        }
        if (step instanceof String s && !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return -1;
    }

    @Override
    public String toString() {
        return "PositionNode" + span;
    }
}

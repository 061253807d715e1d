package dev.authlint.core.model;

import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * A value together with where it was written, for reading parsed documents during normalization. Missing values
 * are {@link #MISSING} (null value and null positions), so lookups can be chained without null checks.
 */
record Located(Object value, PositionNode positions) {

    static final Located MISSING = new Located(null, null);

    boolean present() {
        return positions != null;
    }

    /** The entry {@code key} of a mapping, or MISSING. */
    Located get(String key) {
        if (value instanceof Map<?, ?> map && map.containsKey(key)) {
            return new Located(map.get(key), positions == null ? null : positions.field(key));
        }
        return MISSING;
    }

    /** Follows several keys. */
    Located get(String... keys) {
        Located at = this;
        for (String key : keys) {
            at = at.get(key);
        }
        return at;
    }

    /** The elements of a sequence (empty for anything else). */
    List<Located> items() {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        Located[] out = new Located[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Located(list.get(i), positions == null ? null : positions.item(i));
        }
        return List.of(out);
    }

    /** The entries of a mapping in order (empty for anything else). */
    List<Map.Entry<String, Located>> entries() {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of();
        }
        return map.entrySet().stream()
                .map(e -> Map.entry(String.valueOf(e.getKey()),
                        new Located(e.getValue(), positions == null ? null : positions.field(String.valueOf(e.getKey())))))
                .toList();
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    /** The value if it is a string, else null. */
    String string() {
        return value instanceof String s ? s : null;
    }

    /** The value as text if it is a scalar (strings, numbers, booleans), else null. */
    String text() {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : null;
    }

    /** This value remembered under the key {@code other} was written with (when both have positions). */
    Located withKeySpanOf(Located other) {
        if (positions == null || other.positions == null || other.positions.keySpan() == null) {
            return this;
        }
        return new Located(value, positions.withKeySpan(other.positions.keySpan()));
    }

    Span span() {
        return positions == null ? null : positions.span();
    }
}

package dev.authlint.core.model;

import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a normalized mapping and its position tree side by side: a value copied from the document keeps the
 * document's positions; a value made up by normalization (a default {@code []}) has none, so a path into it
 * resolves to the nearest written ancestor.
 */
final class SectionBuilder {

    private final Span span;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, PositionNode> positions = new LinkedHashMap<>();

    SectionBuilder(Span span) {
        this.span = span;
    }

    /** Puts a value with its positions (if any). */
    SectionBuilder put(String key, Located located) {
        values.put(key, located.value());
        if (located.positions() != null) {
            positions.put(key, located.positions());
        }
        return this;
    }

    /** Puts a made-up value that has no position of its own. */
    SectionBuilder putValue(String key, Object value) {
        values.put(key, value);
        return this;
    }

    Located build() {
        return new Located(values, PositionNode.mapping(span, positions));
    }

    /** A list whose elements carry their own positions; the list itself is at {@code span}. */
    static Located list(Span span, List<Located> elements) {
        List<Object> values = new ArrayList<>(elements.size());
        List<PositionNode> items = new ArrayList<>(elements.size());
        Span fallback = span;
        for (Located e : elements) {
            values.add(e.value());
            items.add(e.positions() != null ? e.positions() : PositionNode.leaf(fallback));
        }
        return new Located(values, PositionNode.sequence(span, items));
    }

    /**
     * The value as an array: a list stays as it is, a single value becomes a one-element array at the position
     * of what the author wrote, a missing value becomes {@code missing} (no position).
     */
    static Located asArray(Located value, Object missing) {
        if (value.value() == null) {
            return new Located(missing, value.positions());
        }
        if (value.isList()) {
            return value;
        }
        List<Object> one = new ArrayList<>(1);
        one.add(value.value());
        PositionNode at = value.positions();
        if (at == null) {
            return new Located(one, null);
        }
        List<PositionNode> items = new ArrayList<>(1);
        items.add(at);
        return new Located(one, PositionNode.sequence(at.span(), items).withKeySpan(at.keySpan()));
    }
}

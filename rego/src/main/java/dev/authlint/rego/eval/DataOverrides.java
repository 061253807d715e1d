package dev.authlint.rego.eval;

import dev.authlint.rego.value.Value;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code with data.path as value} replacements in effect, as a persistent tree keyed by path
 * segments. A node with a {@link #value()} replaces the whole document at its path, hiding base
 * documents and rules beneath it.
 */
final class DataOverrides {

    private final Value value;
    private final Map<Value, DataOverrides> children;

    private DataOverrides(Value value, Map<Value, DataOverrides> children) {
        this.value = value;
        this.children = children;
    }

    /** A tree with one replacement at {@code path} (relative to this node) added to {@code base} (may be null). */
    static DataOverrides with(DataOverrides base, Value[] path, int from, Value replacement) {
        if (from == path.length) {
            return new DataOverrides(replacement, Map.of());
        }
        if (base != null && base.value != null) {
            // Replacing inside an already replaced document: edit that document instead.
            return new DataOverrides(Upsert.at(base.value, path, from, replacement), Map.of());
        }
        Map<Value, DataOverrides> kids = new TreeMap<>();
        if (base != null) {
            kids.putAll(base.children);
        }
        kids.put(path[from], with(kids.get(path[from]), path, from + 1, replacement));
        return new DataOverrides(null, kids);
    }

    /** The replacement document at this node, or null when only descendants are replaced. */
    Value value() {
        return value;
    }

    /** The subtree at {@code key}, or null. */
    DataOverrides get(Value key) {
        return children.get(key);
    }

    /** The replaced child keys. */
    Map<Value, DataOverrides> children() {
        return children;
    }

    /** {@code document} with every replacement of this tree applied. */
    Value applyTo(Value document) {
        if (value != null) {
            return value;
        }
        Value out = document;
        for (Map.Entry<Value, DataOverrides> e : children.entrySet()) {
            Value current = ValueNav.lookup(out, e.getKey());
            Value replaced = e.getValue().applyTo(current);
            if (replaced != null) {
                out = Upsert.at(out, new Value[] {e.getKey()}, 0, replaced);
            }
        }
        return out;
    }
}

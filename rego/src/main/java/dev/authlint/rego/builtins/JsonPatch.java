package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code json.patch(object, patches)}: RFC 6902 (add, remove, replace, move, copy, test) on Rego
 * values. Paths are JSON pointers ({@code "/a/0"}) or arrays of segments; inside a set a segment
 * names the member itself. {@code replace} is remove-then-add and {@code move} is
 * copy-then-remove, as in OPA. If any operation cannot be applied (missing attribute or path,
 * bad index, failed test) the result is undefined; the input is never changed (values are immutable).
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static Value patch(BuiltinContext ctx, List<Value> args) {
        Value doc = args.get(0);
        ArrayValue patches = Operands.array(args, 2);
        try {
            for (Value p : patches.elements()) {
                if (!(p instanceof ObjectValue op)) {
                    throw new BuiltinFailure("patch must be an object but got " + p.typeName());
                }
                doc = apply(doc, op);
            }
        } catch (BuiltinFailure e) {
            // As OPA (and regorus): a patch that cannot be applied makes the result undefined.
            return null;
        }
        if (doc == null) {
            return null; // the root was removed: undefined, not null
        }
        return doc;
    }

    private static Value apply(Value doc, ObjectValue op) {
        if (!(op.get("op") instanceof StringValue name)) {
            throw new BuiltinFailure("patch is missing a string 'op'");
        }
        List<Value> path = path(op, "path");
        switch (name.value()) {
            case "add":
                return add(doc, path, required(op, "value"));
            case "remove":
                return remove(doc, path);
            case "replace": {
                Value value = required(op, "value");
                return add(remove(doc, path), path, value);
            }
            case "move": {
                List<Value> from = path(op, "from");
                if (from.size() < path.size() && path.subList(0, from.size()).equals(from)) {
                    throw new BuiltinFailure("cannot move a value into one of its own children");
                }
                Value moved = get(doc, from);
                return add(remove(doc, from), path, moved);
            }
            case "copy":
                return add(doc, path, get(doc, path(op, "from")));
            case "test": {
                Value value = required(op, "value");
                if (!value.equals(get(doc, path))) {
                    throw new BuiltinFailure("test operation failed at " + path);
                }
                return doc;
            }
            default:
                throw new BuiltinFailure("unknown patch operation " + name.value());
        }
    }

    private static Value required(ObjectValue op, String field) {
        Value v = op.get(field);
        if (v == null) {
            throw new BuiltinFailure("patch is missing '" + field + "'");
        }
        return v;
    }

    private static List<Value> path(ObjectValue op, String field) {
        Value p = op.get(field);
        if (p instanceof StringValue s) {
            if (!s.value().isEmpty() && !s.value().startsWith("/")) {
                throw new BuiltinFailure("invalid JSON pointer " + s.value());
            }
            return ObjectBuiltins.segments(s);
        }
        if (p instanceof ArrayValue a) {
            return a.elements();
        }
        throw new BuiltinFailure("patch is missing a string or array '" + field + "'");
    }

    private static Value get(Value doc, List<Value> path) {
        Value current = doc;
        for (Value segment : path) {
            current = child(current, segment);
        }
        if (current == null) {
            throw new BuiltinFailure("path " + path + " does not exist");
        }
        return current;
    }

    private static Value child(Value container, Value segment) {
        if (container instanceof ObjectValue o) {
            Value v = o.get(segment);
            if (v == null) {
                throw new BuiltinFailure("key " + segment.toRegoString() + " does not exist");
            }
            return v;
        }
        if (container instanceof ArrayValue a) {
            int i = index(segment, a.size(), false);
            return a.get(i);
        }
        if (container instanceof SetValue s) {
            if (!s.contains(segment)) {
                throw new BuiltinFailure("set member " + segment.toRegoString() + " does not exist");
            }
            return segment;
        }
        throw new BuiltinFailure("cannot index into " + (container == null ? "nothing" : container.typeName()));
    }

    /** An array index segment: "-" (when appending), a canonical decimal string, or an integer. */
    private static int index(Value segment, int size, boolean forInsert) {
        long i;
        if (segment instanceof StringValue s) {
            String t = s.value();
            if (t.equals("-") && forInsert) {
                return size;
            }
            if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(Character::isDigit)
                    || (t.length() > 1 && t.charAt(0) == '0')) {
                throw new BuiltinFailure("invalid array index " + t);
            }
            i = Long.parseLong(t);
        } else if (segment instanceof NumberValue n && n.isLong()) {
            i = n.longValueExact();
        } else {
            throw new BuiltinFailure("invalid array index " + segment.toRegoString());
        }
        if (i < 0 || i > size || (i == size && !forInsert)) {
            throw new BuiltinFailure("array index " + i + " out of range");
        }
        return (int) i;
    }

    private static Value add(Value doc, List<Value> path, Value value) {
        if (path.isEmpty()) {
            return value;
        }
        return update(doc, path, 0, container -> {
            Value last = path.get(path.size() - 1);
            if (container instanceof ObjectValue o) {
                return o.with(last, value);
            }
            if (container instanceof ArrayValue a) {
                List<Value> out = new ArrayList<>(a.elements());
                out.add(index(last, a.size(), true), value);
                return ArrayValue.of(out);
            }
            if (container instanceof SetValue s) {
                if (!last.equals(value)) {
                    throw new BuiltinFailure("a set member must be added at its own value");
                }
                return s.with(value);
            }
            throw new BuiltinFailure("cannot add to " + (container == null ? "nothing" : container.typeName()));
        });
    }

    private static Value remove(Value doc, List<Value> path) {
        if (path.isEmpty()) {
            if (doc == null) {
                throw new BuiltinFailure("nothing to remove");
            }
            return null;
        }
        return update(doc, path, 0, container -> {
            Value last = path.get(path.size() - 1);
            if (container instanceof ObjectValue o) {
                if (!o.containsKey(last)) {
                    throw new BuiltinFailure("key " + last.toRegoString() + " does not exist");
                }
                return o.without(last);
            }
            if (container instanceof ArrayValue a) {
                List<Value> out = new ArrayList<>(a.elements());
                out.remove(index(last, a.size(), false));
                return ArrayValue.of(out);
            }
            if (container instanceof SetValue s) {
                if (!s.contains(last)) {
                    throw new BuiltinFailure("set member " + last.toRegoString() + " does not exist");
                }
                return s.difference(SetValue.of(last));
            }
            throw new BuiltinFailure("cannot remove from " + (container == null ? "nothing" : container.typeName()));
        });
    }

    /** Rebuilds {@code doc} with the parent of the path's last segment replaced by {@code op(parent)}. */
    private static Value update(Value doc, List<Value> path, int i, UnaryOperator<Value> op) {
        if (i == path.size() - 1) {
            return op.apply(doc);
        }
        Value segment = path.get(i);
        Value child = child(doc, segment);
        Value updated = update(child, path, i + 1, op);
        if (doc instanceof ObjectValue o) {
            return o.with(segment, updated);
        }
        if (doc instanceof ArrayValue a) {
            List<Value> out = new ArrayList<>(a.elements());
            out.set(index(segment, a.size(), false), updated);
            return ArrayValue.of(out);
        }
        SetValue s = (SetValue) doc;
        return s.difference(SetValue.of(segment)).with(updated);
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Object builtins, plus {@code json.filter}, {@code json.remove} and {@code json.patch}. */
final class ObjectBuiltins {

    private ObjectBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("object.get", 3, "object", ObjectBuiltins::get);
        b.add("object.keys", 1, "object", ObjectBuiltins::keys);
        b.add("object.remove", 2, "object", ObjectBuiltins::remove);
        b.add("object.union", 2, "object", ObjectBuiltins::union);
        b.add("object.union_n", 1, "object", ObjectBuiltins::unionN);
        b.add("object.filter", 2, "object", ObjectBuiltins::filter);
        b.add("object.subset", 2, "object", ObjectBuiltins::subset);
        b.add("json.filter", 2, "object", ObjectBuiltins::jsonFilter);
        b.add("json.remove", 2, "object", ObjectBuiltins::jsonRemove);
        b.add("json.patch", 2, "object", JsonPatch::patch);
    }

    /**
     * {@code object.get(object, key, default)}: the value at key, or default; an array key is
     * a path through nested objects, arrays and sets. An empty path selects the object itself,
     * as in OPA, so callers can treat "no path" as "the whole document".
     */
    static Value get(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        Value key = args.get(1);
        Value fallback = args.get(2);
        if (!(key instanceof ArrayValue path)) {
            Value v = o.get(key);
            return v == null ? fallback : v;
        }
        if (path.isEmpty()) {
            return o;
        }
        Value v = find(o, path.elements());
        return v == null ? fallback : v;
    }

    /** Follows {@code path} from {@code v}: object keys, array indexes, set members; null when absent. */
    static Value find(Value v, List<Value> path) {
        Value current = v;
        for (Value segment : path) {
            if (current instanceof ObjectValue o) {
                current = o.get(segment);
            } else if (current instanceof ArrayValue a) {
                current = index(a, segment);
            } else if (current instanceof SetValue s) {
                current = s.contains(segment) ? segment : null;
            } else {
                current = null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static Value index(ArrayValue a, Value segment) {
        if (segment instanceof NumberValue n && n.isLong()) {
            long i = n.longValueExact();
            return i >= 0 && i < a.size() ? a.get((int) i) : null;
        }
        return null;
    }

    /** {@code object.keys(object)}: the set of keys. */
    static Value keys(BuiltinContext ctx, List<Value> args) {
        return SetValue.of(Operands.object(args, 1).keys());
    }

    /** {@code object.remove(object, keys)}: keys given as an array, a set, or an object's keys. */
    static Value remove(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        ObjectValue.Builder out = ObjectValue.builder().putAll(o);
        for (Value k : keyCollection(args, 2)) {
            out.remove(k);
        }
        return out.build();
    }

    /** {@code object.filter(object, keys)}: only the given keys (array, set, or an object's keys). */
    static Value filter(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        ObjectValue.Builder out = ObjectValue.builder();
        for (Value k : keyCollection(args, 2)) {
            Value v = o.get(k);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out.build();
    }

    private static Collection<Value> keyCollection(List<Value> args, int pos) {
        Value keys = args.get(pos - 1);
        if (keys instanceof ArrayValue a) {
            return a.elements();
        } else if (keys instanceof SetValue s) {
            return s.elements();
        } else if (keys instanceof ObjectValue o) {
            return o.keys();
        }
        throw Operands.oneOf(pos, keys, "object", "set", "array");
    }

    /** {@code object.union(a, b)}: b's entries win, nested objects are merged recursively. */
    static Value union(BuiltinContext ctx, List<Value> args) {
        return merge(Operands.object(args, 1), Operands.object(args, 2));
    }

    static ObjectValue merge(ObjectValue a, ObjectValue b) {
        ObjectValue.Builder out = ObjectValue.builder().putAll(a);
        for (Map.Entry<Value, Value> e : b.entries()) {
            Value existing = a.get(e.getKey());
            if (existing instanceof ObjectValue x && e.getValue() instanceof ObjectValue y) {
                out.put(e.getKey(), merge(x, y));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out.build();
    }

    /** {@code object.union_n(objects)}: {@code object.union} folded over an array of objects. */
    static Value unionN(BuiltinContext ctx, List<Value> args) {
        ArrayValue objects = Operands.array(args, 1);
        ObjectValue result = ObjectValue.EMPTY;
        for (Value e : objects.elements()) {
            if (!(e instanceof ObjectValue o)) {
                throw Operands.elementError(1, objects, e, "object");
            }
            result = merge(result, o);
        }
        return result;
    }

    /**
     * {@code object.subset(super, sub)}: objects recursively (every key of sub in super with a
     * subset value), sets by membership, arrays as a contiguous run, and a set within an array
     * by membership.
     */
    static Value subset(BuiltinContext ctx, List<Value> args) {
        Value sup = args.get(0);
        Value sub = args.get(1);
        if (!(sup instanceof ObjectValue || sup instanceof SetValue || sup instanceof ArrayValue)) {
            throw Operands.oneOf(1, sup, "object", "set", "array");
        }
        if (!(sub instanceof ObjectValue || sub instanceof SetValue || sub instanceof ArrayValue)) {
            throw Operands.oneOf(2, sub, "object", "set", "array");
        }
        if (sup instanceof ObjectValue && !(sub instanceof ObjectValue)) {
            throw Operands.typeError(2, "object", sub);
        }
        if (sup instanceof SetValue && !(sub instanceof SetValue)) {
            throw Operands.typeError(2, "set", sub);
        }
        return BooleanValue.of(isSubset(sup, sub));
    }

    private static boolean isSubset(Value sup, Value sub) {
        if (sup instanceof ObjectValue a && sub instanceof ObjectValue b) {
            for (Map.Entry<Value, Value> e : b.entries()) {
                Value v = a.get(e.getKey());
                if (v == null || !isSubset(v, e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (sup instanceof SetValue a && sub instanceof SetValue b) {
            return a.elements().containsAll(b.elements());
        }
        if (sup instanceof ArrayValue a && sub instanceof SetValue b) {
            return a.elements().containsAll(b.elements());
        }
        if (sup instanceof ArrayValue a && sub instanceof ArrayValue b) {
            return b.isEmpty() || java.util.Collections.indexOfSubList(a.elements(), b.elements()) >= 0;
        }
        return sup.equals(sub);
    }

    /** {@code json.filter(object, paths)}: keeps only the given paths ("a/b" strings or arrays). */
    static Value jsonFilter(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        return filterBy(o, pathTree(args));
    }

    /** {@code json.remove(object, paths)}: drops the given paths ("a/b" strings or arrays). */
    static Value jsonRemove(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        return removeBy(o, pathTree(args));
    }

    /**
     * The paths of operand 2 as a tree: an object from segment to subtree, with null marking
     * the end of a path (which covers everything below it).
     */
    private static ObjectValue pathTree(List<Value> args) {
        Value paths = args.get(1);
        List<Value> list;
        if (paths instanceof ArrayValue a) {
            list = a.elements();
        } else if (paths instanceof SetValue s) {
            list = new ArrayList<>(s.elements());
        } else {
            throw Operands.oneOf(2, paths, "set", "array");
        }
        ObjectValue tree = ObjectValue.EMPTY;
        for (Value p : list) {
            tree = insertPath(tree, segments(p), 0);
        }
        return tree;
    }

    /** A JSON-pointer-like string ("/a/b", "a/b", with ~0 and ~1 escapes) or an array of segments. */
    static List<Value> segments(Value path) {
        if (path instanceof StringValue s) {
            List<Value> out = new ArrayList<>();
            String text = s.value();
            if (text.isEmpty()) {
                return out;
            }
            int i = 0;
            while (i < text.length() && text.charAt(i) == '/') {
                i++;
            }
            for (String part : text.substring(i).split("/", -1)) {
                out.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
            }
            return out;
        }
        if (path instanceof ArrayValue a) {
            return a.elements();
        }
        throw new OperandTypeException("operand 2 must be one of {set, array} containing string paths or array of "
                + "path segments but got " + path.typeName());
    }

    private static ObjectValue insertPath(ObjectValue tree, List<Value> path, int i) {
        if (i == path.size()) {
            return tree;
        }
        Value key = path.get(i);
        Value existing = tree.get(key);
        if (existing instanceof NullValue) {
            return tree; // a shorter path already covers this one
        }
        if (i == path.size() - 1) {
            return tree.with(key, NullValue.INSTANCE);
        }
        ObjectValue child = existing instanceof ObjectValue c ? c : ObjectValue.EMPTY;
        return tree.with(key, insertPath(child, path, i + 1));
    }

    private static Value subtree(ObjectValue tree, Value key, int arrayIndex) {
        Value t = key == null ? null : tree.get(key);
        if (t == null && arrayIndex >= 0) {
            // As OPA's json.filter, array elements are addressed by the decimal string of their index.
            t = tree.get(StringValue.of(Integer.toString(arrayIndex)));
        }
        return t;
    }

    /** json.remove also accepts an integer segment for an array index. */
    private static Value removalSubtree(ObjectValue tree, int arrayIndex) {
        Value t = subtree(tree, null, arrayIndex);
        return t != null ? t : tree.get(NumberValue.of(arrayIndex));
    }

    private static Value filterBy(Value v, Value tree) {
        if (!(tree instanceof ObjectValue t)) {
            return v; // end of a path: keep everything below
        }
        if (v instanceof ObjectValue o) {
            ObjectValue.Builder out = ObjectValue.builder();
            for (Map.Entry<Value, Value> e : o.entries()) {
                Value sub = subtree(t, e.getKey(), -1);
                if (sub != null) {
                    out.put(e.getKey(), filterBy(e.getValue(), sub));
                }
            }
            return out.build();
        }
        if (v instanceof ArrayValue a) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                Value sub = subtree(t, null, i);
                if (sub != null) {
                    out.add(filterBy(a.get(i), sub));
                }
            }
            return ArrayValue.of(out);
        }
        if (v instanceof SetValue s) {
            SetValue.Builder out = SetValue.builder();
            for (Value e : s.elements()) {
                Value sub = t.get(e);
                if (sub != null) {
                    out.add(filterBy(e, sub));
                }
            }
            return out.build();
        }
        return v;
    }

    private static Value removeBy(Value v, Value tree) {
        if (!(tree instanceof ObjectValue t)) {
            return null; // the path ends here: remove this value
        }
        if (v instanceof ObjectValue o) {
            ObjectValue.Builder out = ObjectValue.builder();
            for (Map.Entry<Value, Value> e : o.entries()) {
                Value sub = subtree(t, e.getKey(), -1);
                Value kept = sub == null ? e.getValue() : removeBy(e.getValue(), sub);
                if (kept != null) {
                    out.put(e.getKey(), kept);
                }
            }
            return out.build();
        }
        if (v instanceof ArrayValue a) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                Value sub = removalSubtree(t, i);
                Value kept = sub == null ? a.get(i) : removeBy(a.get(i), sub);
                if (kept != null) {
                    out.add(kept);
                }
            }
            return ArrayValue.of(out);
        }
        if (v instanceof SetValue s) {
            SetValue.Builder out = SetValue.builder();
            for (Value e : s.elements()) {
                Value sub = t.get(e);
                Value kept = sub == null ? e : removeBy(e, sub);
                if (kept != null) {
                    out.add(kept);
                }
            }
            return out.build();
        }
        return v;
    }
}

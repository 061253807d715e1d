package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text exactly as Go's {@code encoding/json} writes it for OPA's {@code json.marshal}:
 * keys sorted, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped, sets as arrays,
 * non-string keys as their JSON text, and {@code MarshalIndent}'s layout when indenting.
 */
final class GoJson {

    private GoJson() {
    }

    /** Compact JSON. */
    static String marshal(Value v) {
        StringBuilder out = new StringBuilder();
        write(out, v, null, null, 0);
        return out.toString();
    }

    /** Go's {@code json.MarshalIndent(v, prefix, indent)}. */
    static String marshalIndent(Value v, String prefix, String indent) {
        StringBuilder out = new StringBuilder();
        write(out, v, prefix, indent, 0);
        return out.toString();
    }

    private static void newline(StringBuilder out, String prefix, String indent, int depth) {
        out.append('\n').append(prefix);
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }

    private static void write(StringBuilder out, Value v, String prefix, String indent, int depth) {
        boolean pretty = indent != null;
        if (v instanceof NullValue) {
            out.append("null");
        } else if (v instanceof BooleanValue b) {
            out.append(b.value());
        } else if (v instanceof NumberValue n) {
            out.append(n);
        } else if (v instanceof StringValue s) {
            quote(out, s.value());
        } else if (v instanceof ArrayValue || v instanceof SetValue) {
            Iterator<Value> it = v instanceof ArrayValue a ? a.elements().iterator() : ((SetValue) v).elements().iterator();
            out.append('[');
            if (!it.hasNext()) {
                out.append(']');
                return;
            }
            boolean first = true;
            while (it.hasNext()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (pretty) {
                    newline(out, prefix, indent, depth + 1);
                }
                write(out, it.next(), prefix, indent, depth + 1);
            }
            if (pretty) {
                newline(out, prefix, indent, depth);
            }
            out.append(']');
        } else {
            ObjectValue o = (ObjectValue) v;
            TreeMap<String, Value> sorted = new TreeMap<>();
            for (Map.Entry<Value, Value> e : o.entries()) {
                sorted.put(Values.jsonKey(e.getKey()), e.getValue());
            }
            out.append('{');
            if (sorted.isEmpty()) {
                out.append('}');
                return;
            }
            boolean first = true;
            for (Map.Entry<String, Value> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (pretty) {
                    newline(out, prefix, indent, depth + 1);
                }
                quote(out, e.getKey());
                out.append(pretty ? ": " : ":");
                write(out, e.getValue(), prefix, indent, depth + 1);
            }
            if (pretty) {
                newline(out, prefix, indent, depth);
            }
            out.append('}');
        }
    }

    /** Go's JSON string escaping with HTML-safe escapes. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

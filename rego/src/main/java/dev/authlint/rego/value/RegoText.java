package dev.authlint.rego.value;

import java.util.Iterator;
import java.util.Map;

/** Writes values in OPA's Rego text form ({@code ast.Term.String()}). */
final class RegoText {

    private RegoText() {
    }

    static void append(StringBuilder out, Value v) {
        if (v instanceof StringValue s) {
            quote(out, s.value());
        } else if (v instanceof ArrayValue a) {
            out.append('[');
            appendAll(out, a.elements().iterator());
            out.append(']');
        } else if (v instanceof SetValue s) {
            if (s.isEmpty()) {
                out.append("set()");
            } else {
                out.append('{');
                appendAll(out, s.elements().iterator());
                out.append('}');
            }
        } else if (v instanceof ObjectValue o) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<Value, Value> e : o.entries()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                append(out, e.getKey());
                out.append(": ");
                append(out, e.getValue());
            }
            out.append('}');
        } else {
            out.append(v);
        }
    }

    private static void appendAll(StringBuilder out, Iterator<Value> it) {
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, it.next());
        }
    }

    /** Go's {@code strconv.Quote}: printable characters kept, others escaped. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 0x0b -> out.append("\\v");
                default -> {
                    if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x80) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPrintable(int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            return false;
        }
        if (cp < 0x7f) {
            return true;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || cp == 0x20);
    }
}

package dev.authlint.rego.value;

import java.util.Iterator;
import java.util.Map;

/** OPA's total order over values ({@code v1/ast/compare.go}). */
final class ValueOrder {

    private ValueOrder() {
    }

    static int rank(Value v) {
        if (v instanceof NullValue) {
            return 0;
        } else if (v instanceof BooleanValue) {
            return 1;
        } else if (v instanceof NumberValue) {
            return 2;
        } else if (v instanceof StringValue) {
            return 3;
        } else if (v instanceof ArrayValue) {
            return 4;
        } else if (v instanceof ObjectValue) {
            return 5;
        } else {
            return 6;
        }
    }

    static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 0:
                return 0;
            case 1:
                return Boolean.compare(((BooleanValue) a).value(), ((BooleanValue) b).value());
            case 2:
                return ((NumberValue) a).compareNumber((NumberValue) b);
            case 3:
                return compareStrings((StringValue) a, (StringValue) b);
            case 4:
                return compareSequences(((ArrayValue) a).elements().iterator(), ((ArrayValue) b).elements().iterator());
            case 5:
                return compareObjects((ObjectValue) a, (ObjectValue) b);
            default:
                return compareSequences(((SetValue) a).elements().iterator(), ((SetValue) b).elements().iterator());
        }
    }

    private static int compareStrings(StringValue a, StringValue b) {
        if (!a.hasHighChars() || !b.hasHighChars()) {
            // Below U+D800 UTF-16 order is code-point order, and a surrogate pair in one string
            // meets only a lower character in the other: String.compareTo is exact here.
            return a.value().compareTo(b.value());
        }
        return compareCodePoints(a.value(), b.value());
    }

    /**
     * Compares strings by code point, which is the same as Go's byte-wise UTF-8 order; Java's
     * {@code String.compareTo} differs for characters outside the Basic Multilingual Plane.
     */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(ca, cb);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareSequences(Iterator<Value> a, Iterator<Value> b) {
        while (a.hasNext() && b.hasNext()) {
            int c = compare(a.next(), b.next());
            if (c != 0) {
                return c;
            }
        }
        return a.hasNext() ? 1 : (b.hasNext() ? -1 : 0);
    }

    private static int compareObjects(ObjectValue a, ObjectValue b) {
        Iterator<Map.Entry<Value, Value>> ia = a.entries().iterator();
        Iterator<Map.Entry<Value, Value>> ib = b.entries().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<Value, Value> ea = ia.next();
            Map.Entry<Value, Value> eb = ib.next();
            int c = compare(ea.getKey(), eb.getKey());
            if (c != 0) {
                return c;
            }
            c = compare(ea.getValue(), eb.getValue());
            if (c != 0) {
                return c;
            }
        }
        return ia.hasNext() ? 1 : (ib.hasNext() ? -1 : 0);
    }
}

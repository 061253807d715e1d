package dev.authlint.rego.eval;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.Map;

/** Lookup and enumeration inside values, with OPA's rules for what a ref step means per type. */
final class ValueNav {

    private ValueNav() {
    }

    /** {@code collection[key]}, or null when undefined (wrong type, missing key, index out of range). */
    static Value lookup(Value collection, Value key) {
        if (collection instanceof ObjectValue o) {
            return o.get(key);
        }
        if (collection instanceof ArrayValue a) {
            if (key instanceof NumberValue n && n.isInteger()) {
                NumberValue index = n;
                if (!index.isLong()) {
                    return null;
                }
                long i = index.longValueExact();
                return i >= 0 && i < a.size() ? a.get((int) i) : null;
            }
            return null;
        }
        if (collection instanceof SetValue s) {
            return s.contains(key) ? key : null;
        }
        return null;
    }

    /**
     * Calls {@code k} for every entry: array (index, element), object (key, value), set (element,
     * element). Scalars have no entries. Stops when {@code k} returns true.
     */
    static boolean forEach(Value collection, Evaluation eval, EntryCont k) {
        if (collection instanceof ArrayValue a) {
            int n = a.size();
            for (int i = 0; i < n; i++) {
                eval.tick();
                if (k.accept(NumberValue.of(i), a.get(i))) {
                    return true;
                }
            }
        } else if (collection instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries()) {
                eval.tick();
                if (k.accept(e.getKey(), e.getValue())) {
                    return true;
                }
            }
        } else if (collection instanceof SetValue s) {
            for (Value v : s.elements()) {
                eval.tick();
                if (k.accept(v, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for the value {@code false}: the only value that makes a bare expression fail. */
    static boolean isFalse(Value v) {
        return v instanceof BooleanValue b && !b.value();
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.Arrays;
import java.util.List;

/**
 * Position-aware operand conversions. Positions are 1-based, as in OPA's messages; a wrong
 * type throws {@link OperandTypeException} with OPA's wording.
 */
public final class Operands {

    private Operands() {
    }

    /** Operand {@code pos} as a Java string. */
    public static String string(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw typeError(pos, "string", v);
    }

    /** Operand {@code pos} as a number. */
    public static NumberValue number(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof NumberValue n) {
            return n;
        }
        throw typeError(pos, "number", v);
    }

    /** Operand {@code pos} as an integer that fits an {@code int}. */
    public static int integer(List<Value> args, int pos) {
        NumberValue n = number(args, pos);
        if (!n.isInteger()) {
            throw new OperandTypeException("operand " + pos + " must be integer number but got floating-point number");
        }
        try {
            return Math.toIntExact(n.longValueExact());
        } catch (ArithmeticException e) {
            throw new OperandTypeException("operand " + pos + " must be integer number but got out of range number");
        }
    }

    /** Operand {@code pos} as a boolean. */
    public static boolean bool(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof BooleanValue b) {
            return b.value();
        }
        throw typeError(pos, "boolean", v);
    }

    /** Operand {@code pos} as an array. */
    public static ArrayValue array(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof ArrayValue a) {
            return a;
        }
        throw typeError(pos, "array", v);
    }

    /** Operand {@code pos} as an object. */
    public static ObjectValue object(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof ObjectValue o) {
            return o;
        }
        throw typeError(pos, "object", v);
    }

    /** Operand {@code pos} as a set. */
    public static SetValue set(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof SetValue s) {
            return s;
        }
        throw typeError(pos, "set", v);
    }

    /** The elements of operand {@code pos}, which must be an array or a set. */
    public static List<Value> arrayOrSetElements(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof ArrayValue a) {
            return a.elements();
        }
        if (v instanceof SetValue s) {
            return List.copyOf(s.elements());
        }
        throw oneOf(pos, v, "array", "set");
    }

    /**
     * The strings of operand {@code pos}, an array or set of strings; a non-string element is
     * a type error naming the container ("must be array of strings but got array containing
     * number").
     */
    public static List<String> strings(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        List<Value> elements = arrayOrSetElements(args, pos);
        String[] out = new String[elements.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(elements.get(i) instanceof StringValue s)) {
                throw elementError(pos, v, elements.get(i), "string");
            }
            out[i] = s.value();
        }
        return Arrays.asList(out);
    }

    /** OPA's "operand N must be T but got U". */
    public static OperandTypeException typeError(int pos, String expected, Value actual) {
        return new OperandTypeException("operand " + pos + " must be " + expected + " but got " + actual.typeName());
    }

    /**
     * OPA's "operand N must be one of {A, B} but got U"; the type names are printed in the
     * order given, as each OPA builtin lists them in its own order.
     */
    public static OperandTypeException oneOf(int pos, Value actual, String... expected) {
        return new OperandTypeException("operand " + pos + " must be one of {" + String.join(", ", expected)
                + "} but got " + actual.typeName());
    }

    /** OPA's "operand N must be C of Ts but got C containing U" for a bad element of a collection. */
    public static OperandTypeException elementError(int pos, Value collection, Value element, String expected) {
        return new OperandTypeException("operand " + pos + " must be " + collection.typeName() + " of " + expected
                + "s but got " + collection.typeName() + " containing " + element.typeName());
    }
}

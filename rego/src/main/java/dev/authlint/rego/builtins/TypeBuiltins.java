package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Type tests ({@code is_string} ...), {@code type_name}, {@code to_number} and the deprecated casts. */
final class TypeBuiltins {

    private TypeBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("is_number", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof NumberValue));
        b.add("is_string", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof StringValue));
        b.add("is_boolean", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof BooleanValue));
        b.add("is_array", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof ArrayValue));
        b.add("is_set", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof SetValue));
        b.add("is_object", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof ObjectValue));
        b.add("is_null", 1, "types", (ctx, args) -> BooleanValue.of(args.get(0) instanceof NullValue));
        b.add("type_name", 1, "types", TypeBuiltins::typeName);
        b.add("to_number", 1, "conversions", TypeBuiltins::toNumber);
        b.addDeprecated("cast_array", 1, "casts", TypeBuiltins::castArray);
        b.addDeprecated("cast_set", 1, "casts", TypeBuiltins::castSet);
        b.addDeprecated("cast_string", 1, "casts", (ctx, args) -> StringValue.of(Operands.string(args, 1)));
        b.addDeprecated("cast_boolean", 1, "casts", (ctx, args) -> BooleanValue.of(Operands.bool(args, 1)));
        b.addDeprecated("cast_null", 1, "casts", TypeBuiltins::castNull);
        b.addDeprecated("cast_object", 1, "casts", (ctx, args) -> Operands.object(args, 1));
    }

    private static final Pattern GO_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * {@code to_number(x)}: null → 0, booleans → 1/0, numbers unchanged, strings parsed as Go's
     * strconv.ParseFloat accepts them (NaN and infinities are rejected: Rego has no such numbers).
     */
    static Value toNumber(BuiltinContext ctx, List<Value> args) {
        Value x = args.get(0);
        if (x instanceof NullValue) {
            return NumberValue.ZERO;
        } else if (x instanceof BooleanValue b) {
            return b.value() ? NumberValue.ONE : NumberValue.ZERO;
        } else if (x instanceof NumberValue) {
            return x;
        } else if (x instanceof StringValue s) {
            String text = s.value();
            String lower = text.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+-]", "");
            if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
                throw new OperandTypeException("operand 1 must be a finite number but got " + text);
            }
            if (!GO_FLOAT.matcher(text).matches()) {
                throw new BuiltinFailure("strconv.ParseFloat: parsing " + StringValue.of(text).toRegoString()
                        + ": invalid syntax");
            }
            BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            if (Double.isInfinite(d.doubleValue())) {
                throw new BuiltinFailure("strconv.ParseFloat: parsing " + StringValue.of(text).toRegoString()
                        + ": value out of range");
            }
            return NumberValue.of(d);
        }
        throw Operands.oneOf(1, x, "null", "boolean", "number", "string");
    }

    /** {@code cast_array(x)}: an array unchanged, a set as a sorted array. */
    static Value castArray(BuiltinContext ctx, List<Value> args) {
        Value x = args.get(0);
        if (x instanceof ArrayValue) {
            return x;
        }
        if (x instanceof SetValue s) {
            return ArrayValue.of(List.copyOf(s.elements()));
        }
        throw Operands.oneOf(1, x, "array", "set");
    }

    /** {@code cast_set(x)}: an array's elements as a set, a set unchanged. */
    static Value castSet(BuiltinContext ctx, List<Value> args) {
        Value x = args.get(0);
        if (x instanceof SetValue) {
            return x;
        }
        if (x instanceof ArrayValue a) {
            return SetValue.of(a.elements());
        }
        throw Operands.oneOf(1, x, "array", "set");
    }

    /** {@code cast_null(x)}: null unchanged. */
    static Value castNull(BuiltinContext ctx, List<Value> args) {
        if (args.get(0) instanceof NullValue) {
            return NullValue.INSTANCE;
        }
        throw Operands.typeError(1, "null", args.get(0));
    }

    /** {@code type_name(x)}: one of null, boolean, number, string, array, object, set. */
    static Value typeName(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(args.get(0).typeName());
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Aggregates over collections: {@code count sum product max min sort}. */
final class AggregateBuiltins {

    private AggregateBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("count", 1, "aggregates", AggregateBuiltins::count);
        b.add("sum", 1, "aggregates", AggregateBuiltins::sum);
        b.add("product", 1, "aggregates", AggregateBuiltins::product);
        b.add("max", 1, "aggregates", AggregateBuiltins::max);
        b.add("min", 1, "aggregates", AggregateBuiltins::min);
        b.add("sort", 1, "aggregates", AggregateBuiltins::sort);
    }

    /** {@code count(c)}: elements of an array, set or object, or code points of a string. */
    static Value count(BuiltinContext ctx, List<Value> args) {
        Value v = args.get(0);
        if (v instanceof ArrayValue a) {
            return NumberValue.of(a.size());
        } else if (v instanceof SetValue s) {
            return NumberValue.of(s.size());
        } else if (v instanceof ObjectValue o) {
            return NumberValue.of(o.size());
        } else if (v instanceof StringValue s) {
            return NumberValue.of(s.value().codePointCount(0, s.value().length()));
        }
        throw Operands.oneOf(1, v, "array", "object", "set", "string");
    }

    /** {@code sum(c)}: the exact sum of an array or set of numbers. */
    static Value sum(BuiltinContext ctx, List<Value> args) {
        NumberValue total = NumberValue.ZERO;
        for (Value e : Operands.arrayOrSetElements(args, 1)) {
            total = total.add(numberElement(args.get(0), e));
        }
        return total;
    }

    /** {@code product(c)}: the exact product of an array or set of numbers. */
    static Value product(BuiltinContext ctx, List<Value> args) {
        NumberValue total = NumberValue.ONE;
        for (Value e : Operands.arrayOrSetElements(args, 1)) {
            total = total.multiply(numberElement(args.get(0), e));
        }
        return total;
    }

    private static NumberValue numberElement(Value collection, Value e) {
        if (e instanceof NumberValue n) {
            return n;
        }
        throw Operands.elementError(1, collection, e, "number");
    }

    /** {@code max(c)}: the greatest element in OPA's order; undefined when empty. */
    static Value max(BuiltinContext ctx, List<Value> args) {
        List<Value> elements = Operands.arrayOrSetElements(args, 1);
        return elements.isEmpty() ? null : Collections.max(elements);
    }

    /** {@code min(c)}: the least element in OPA's order; undefined when empty. */
    static Value min(BuiltinContext ctx, List<Value> args) {
        List<Value> elements = Operands.arrayOrSetElements(args, 1);
        return elements.isEmpty() ? null : Collections.min(elements);
    }

    /** {@code sort(c)}: the elements of an array or set as a sorted array. */
    static Value sort(BuiltinContext ctx, List<Value> args) {
        List<Value> elements = new ArrayList<>(Operands.arrayOrSetElements(args, 1));
        Collections.sort(elements);
        return ArrayValue.of(elements);
    }
}

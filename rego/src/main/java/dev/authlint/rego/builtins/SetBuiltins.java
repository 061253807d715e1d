package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.List;

/** Set operators ({@code & |}), {@code intersection}, {@code union} and membership ({@code in}). */
final class SetBuiltins {

    private SetBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("and", 2, "sets", SetBuiltins::and);
        b.add("or", 2, "sets", SetBuiltins::or);
        b.add("intersection", 1, "sets", SetBuiltins::intersection);
        b.add("union", 1, "sets", SetBuiltins::union);
        b.add("internal.member_2", 2, "sets", SetBuiltins::member);
        b.add("internal.member_3", 3, "sets", SetBuiltins::memberWithKey);
    }

    /** {@code a & b}: set intersection. */
    static Value and(BuiltinContext ctx, List<Value> args) {
        return Operands.set(args, 1).intersection(Operands.set(args, 2));
    }

    /** {@code a | b}: set union. */
    static Value or(BuiltinContext ctx, List<Value> args) {
        return Operands.set(args, 1).union(Operands.set(args, 2));
    }

    /** {@code intersection(s)}: the intersection of a set of sets. */
    static Value intersection(BuiltinContext ctx, List<Value> args) {
        SetValue sets = Operands.set(args, 1);
        SetValue result = null;
        for (Value e : sets.elements()) {
            SetValue s = setElement(sets, e);
            result = result == null ? s : result.intersection(s);
        }
        return result == null ? SetValue.EMPTY : result;
    }

    /** {@code union(s)}: the union of a set of sets. */
    static Value union(BuiltinContext ctx, List<Value> args) {
        SetValue sets = Operands.set(args, 1);
        SetValue.Builder out = SetValue.builder();
        for (Value e : sets.elements()) {
            out.addAll(setElement(sets, e).elements());
        }
        return out.build();
    }

    private static SetValue setElement(SetValue sets, Value e) {
        if (e instanceof SetValue s) {
            return s;
        }
        throw Operands.elementError(1, sets, e, "set");
    }

    /** {@code x in c}: x is an element of an array or set, or a value of an object. */
    static Value member(BuiltinContext ctx, List<Value> args) {
        Value x = args.get(0);
        Value c = args.get(1);
        if (c instanceof SetValue s) {
            return BooleanValue.of(s.contains(x));
        } else if (c instanceof ArrayValue a) {
            return BooleanValue.of(a.elements().contains(x));
        } else if (c instanceof ObjectValue o) {
            return BooleanValue.of(o.asMap().containsValue(x));
        }
        return BooleanValue.FALSE;
    }

    /** {@code k, v in c}: c has v at key (or index) k. */
    static Value memberWithKey(BuiltinContext ctx, List<Value> args) {
        Value k = args.get(0);
        Value v = args.get(1);
        Value c = args.get(2);
        if (c instanceof ObjectValue o) {
            return BooleanValue.of(v.equals(o.get(k)));
        } else if (c instanceof ArrayValue a) {
            if (k instanceof NumberValue n && n.isLong()) {
                long i = n.longValueExact();
                return BooleanValue.of(i >= 0 && i < a.size() && a.get((int) i).equals(v));
            }
            return BooleanValue.FALSE;
        } else if (c instanceof SetValue s) {
            return BooleanValue.of(k.equals(v) && s.contains(v));
        }
        return BooleanValue.FALSE;
    }
}

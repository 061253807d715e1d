package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code array.concat array.slice array.reverse array.flatten}. */
final class ArrayBuiltins {

    private ArrayBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("array.concat", 2, "arrays", ArrayBuiltins::concat);
        b.add("array.slice", 3, "arrays", ArrayBuiltins::slice);
        b.add("array.reverse", 1, "arrays", ArrayBuiltins::reverse);
        b.add("array.flatten", 1, "arrays", ArrayBuiltins::flatten);
    }

    /** {@code array.concat(a, b)}. */
    static Value concat(BuiltinContext ctx, List<Value> args) {
        ArrayValue a = Operands.array(args, 1);
        ArrayValue b = Operands.array(args, 2);
        List<Value> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a.elements());
        out.addAll(b.elements());
        return ArrayValue.of(out);
    }

    /** {@code array.slice(a, start, stop)}: indexes clamped to the array; stop exclusive. */
    static Value slice(BuiltinContext ctx, List<Value> args) {
        ArrayValue a = Operands.array(args, 1);
        int start = Operands.integer(args, 2);
        int stop = Operands.integer(args, 3);
        stop = Math.max(0, Math.min(stop, a.size()));
        start = Math.max(0, Math.min(start, stop));
        return ArrayValue.of(a.elements().subList(start, stop));
    }

    /** {@code array.reverse(a)}. */
    static Value reverse(BuiltinContext ctx, List<Value> args) {
        List<Value> out = new ArrayList<>(Operands.array(args, 1).elements());
        java.util.Collections.reverse(out);
        return ArrayValue.of(out);
    }

    /** {@code array.flatten(a)}: splices nested arrays one level deep; other elements stay. */
    static Value flatten(BuiltinContext ctx, List<Value> args) {
        List<Value> out = new ArrayList<>();
        for (Value e : Operands.array(args, 1).elements()) {
            if (e instanceof ArrayValue inner) {
                out.addAll(inner.elements());
            } else {
                out.add(e);
            }
        }
        return ArrayValue.of(out);
    }
}

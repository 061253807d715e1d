package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.List;

/** Type tests ({@code is_string} ...) and {@code type_name}. */
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
    }

    /** {@code type_name(x)}: one of null, boolean, number, string, array, object, set. */
    static Value typeName(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(args.get(0).typeName());
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.Value;
import java.util.List;

/**
 * Builtins OPA deprecated and Rego v1 rejects; kept so v0 policies still run. The cast and
 * {@code re_match} families register their own deprecated entries.
 */
final class DeprecatedBuiltins {

    private DeprecatedBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addDeprecated("any", 1, "deprecated", DeprecatedBuiltins::any);
        b.addDeprecated("all", 1, "deprecated", DeprecatedBuiltins::all);
        b.addDeprecated("set_diff", 2, "deprecated", (ctx, args) -> Operands.set(args, 1).difference(Operands.set(args, 2)));
        b.addDeprecated("net.cidr_overlap", 2, "deprecated", NetBuiltins::cidrContains);
    }

    /** {@code any(c)}: some element of an array or set is {@code true}. */
    static Value any(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(Operands.arrayOrSetElements(args, 1).contains(BooleanValue.TRUE));
    }

    /** {@code all(c)}: every element of an array or set is {@code true}. */
    static Value all(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(Operands.arrayOrSetElements(args, 1).stream().allMatch(BooleanValue.TRUE::equals));
    }
}

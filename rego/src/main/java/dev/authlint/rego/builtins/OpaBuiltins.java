package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;

/** {@code opa.runtime}, {@code trace}, and {@code time.now_ns}, which read the evaluation context. */
final class OpaBuiltins {

    private OpaBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addNondeterministic("opa.runtime", 0, "opa", (ctx, args) -> ctx.runtime());
        // The evaluator may record the note for explanations; as a builtin it always succeeds.
        b.add("trace", 1, "tracing", (ctx, args) -> {
            Operands.string(args, 1);
            return BooleanValue.TRUE;
        });
    }
}

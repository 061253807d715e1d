package dev.authlint.rego.eval.plan;

import dev.authlint.rego.value.Value;

/** One {@code with target as value} modifier, classified by its target. */
public sealed interface WithModifier permits WithModifier.Input, WithModifier.Data, WithModifier.Function {

    /** {@code with input[.path] as value}. */
    record Input(Value[] path, Operand value) implements WithModifier {
    }

    /** {@code with data.path as value}: replaces base documents and hides rules under the path. */
    record Data(Value[] path, Operand value) implements WithModifier {
    }

    /**
     * {@code with f as g} or {@code with f as value}: {@code replacement} is set when the value names a
     * function (user or builtin); otherwise {@code value} is evaluated and returned by every call.
     */
    record Function(String target, FunctionRef replacement, Operand value) implements WithModifier {
    }
}

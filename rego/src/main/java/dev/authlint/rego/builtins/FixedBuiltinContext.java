package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.util.Objects;
import java.util.Random;

/**
 * A {@link BuiltinContext} with fixed answers and no cancellation; for tests and for embedders
 * that call builtins outside an evaluation.
 *
 * @param nowNs the time returned by {@code time.now_ns()}
 * @param strict whether builtin errors are raised
 * @param runtime the value of {@code opa.runtime()}
 * @param random the random source
 */
public record FixedBuiltinContext(long nowNs, boolean strict, Value runtime, Random random)
        implements BuiltinContext {

    /** Validates the fields. */
    public FixedBuiltinContext {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(random, "random");
    }

    /** A context at time {@code nowNs}, strict, with an empty runtime and a seeded random. */
    public static FixedBuiltinContext at(long nowNs) {
        return new FixedBuiltinContext(nowNs, true, ObjectValue.EMPTY, new Random(0));
    }

    @Override
    public void checkCancelled() {
        // Never cancelled.
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.Value;
import java.util.Random;
import java.util.function.Supplier;

/** What a builtin may ask of the evaluation that calls it. */
public interface BuiltinContext {

    /** The current time in nanoseconds since the epoch, fixed for one evaluation. */
    long nowNs();

    /** True when builtin errors are raised instead of making the call undefined. */
    boolean strict();

    /** The value of {@code opa.runtime()}; {@code {}} by default. */
    Value runtime();

    /** Throws the evaluator's cancellation error when the evaluation was cancelled or timed out. */
    void checkCancelled();

    /** The random source for {@code rand.intn} and {@code uuid.rfc4122}. */
    Random random();

    /**
     * The value computed for {@code key} earlier in this evaluation, or {@code compute}'s result
     * remembered under it. OPA gives {@code rand.intn} and {@code uuid.rfc4122} one answer per
     * operand within an evaluation; evaluators override this with a per-evaluation cache (the
     * default computes every time).
     */
    default Value memoize(String key, Supplier<Value> compute) {
        return compute.get();
    }
}

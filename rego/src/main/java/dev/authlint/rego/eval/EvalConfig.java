package dev.authlint.rego.eval;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Per-evaluation settings.
 *
 * @param strictBuiltinErrors raise the first builtin error instead of making the call undefined
 * @param printSink           receives {@code print()} lines ({@code file:row: text}); null discards them
 * @param nowNs               the value of {@code time.now_ns()} for this evaluation
 * @param deadlineNanos       {@link System#nanoTime()} after which evaluation is cancelled
 * @param timeoutText         the configured timeout, for the cancellation message (e.g. {@code 10s})
 * @param cancelled           polled with the deadline; true cancels the evaluation (may be null)
 * @param runtime             the value of {@code opa.runtime()}
 * @param seed                seed for builtins that need randomness
 */
public record EvalConfig(
        boolean strictBuiltinErrors,
        Consumer<String> printSink,
        long nowNs,
        long deadlineNanos,
        String timeoutText,
        BooleanSupplier cancelled,
        Value runtime,
        long seed) {

    /** Settings for tests and tools: non-strict, no printing, a deadline {@code timeoutMillis} from now. */
    public static EvalConfig defaults(long timeoutMillis) {
        return new EvalConfig(false, null, System.currentTimeMillis() * 1_000_000L,
                System.nanoTime() + timeoutMillis * 1_000_000L, timeoutMillis + "ms", null,
                ObjectValue.EMPTY, System.nanoTime());
    }
}

package dev.authlint.rego;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Per-call overrides of a {@link Rego}'s evaluation settings; every field left null keeps the
 * engine's setting. Build with {@link #builder()}.
 *
 * @param strictBuiltinErrors raise builtin errors instead of making the call undefined
 * @param nowNs               the value of {@code time.now_ns()} (defaults to the wall clock at the call)
 * @param printSink           receives {@code print()} output for this call
 * @param timeout             the deadline for this call
 * @param cancelled           polled during evaluation; returning true aborts with {@code eval_cancel_error}
 */
public record EvalOptions(Boolean strictBuiltinErrors, Long nowNs, Consumer<String> printSink, Duration timeout,
        BooleanSupplier cancelled) {

    /** No overrides. */
    public static final EvalOptions DEFAULTS = new EvalOptions(null, null, null, null, null);

    /** A builder starting from no overrides. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects overrides. */
    public static final class Builder {
        private Boolean strict;
        private Long nowNs;
        private Consumer<String> printSink;
        private Duration timeout;
        private BooleanSupplier cancelled;

        private Builder() {
        }

        /** Raise builtin errors ({@code true}) or treat failing builtins as undefined ({@code false}). */
        public Builder strictBuiltinErrors(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Fixes {@code time.now_ns()} for the evaluation. */
        public Builder nowNs(long nowNs) {
            this.nowNs = nowNs;
            return this;
        }

        /** Where {@code print()} lines go. */
        public Builder printSink(Consumer<String> sink) {
            this.printSink = sink;
            return this;
        }

        /** The evaluation deadline. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** A cancellation flag polled during evaluation. */
        public Builder cancelled(BooleanSupplier cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        /** The options. */
        public EvalOptions build() {
            return new EvalOptions(strict, nowNs, printSink, timeout, cancelled);
        }
    }
}

package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.eval.plan.PolicyPlan;
import dev.authlint.rego.eval.plan.QueryPlan;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a planned query against a planned policy. Evaluation normally happens on the calling
 * thread; if the policy or its input nests so deeply that the thread's stack overflows, the
 * evaluation is repeated once on a dedicated thread with a large stack, and only if that overflows
 * too does the caller get an error. Output is buffered per attempt so {@code print} lines are not
 * duplicated.
 */
public final class QueryRunner {

    /** Stack size for the retry thread: deep enough for inputs nested tens of thousands of levels. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private QueryRunner() {
    }

    /** Every solution of {@code query}, in the order found. */
    public static List<Solution> run(PolicyPlan policy, QueryPlan query, Value input, EvalConfig config) {
        List<String> printed = new ArrayList<>();
        EvalConfig buffered = withSink(config, printed);
        try {
            List<Solution> out = attempt(policy, query, input, buffered);
            flush(config, printed);
            return out;
        } catch (StackOverflowError first) {
            printed.clear();
        }
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread deep = new Thread(null, () -> {
            try {
                outcome.set(attempt(policy, query, input, buffered));
            } catch (StackOverflowError e) {
                outcome.set(new RegoException(new RegoError(RegoError.EVAL_INTERNAL_ERROR,
                        "evaluation nested too deeply (policy or input exceeds the supported depth)", null)));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        }, "authlint-rego-deep-eval", DEEP_STACK_BYTES);
        deep.setDaemon(true);
        deep.start();
        try {
            deep.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegoException(new RegoError(RegoError.EVAL_CANCEL_ERROR, "caller cancelled query execution", null));
        }
        Object result = outcome.get();
        if (result instanceof RuntimeException e) {
            throw e;
        }
        flush(config, printed);
        @SuppressWarnings("unchecked")
        List<Solution> solutions = (List<Solution>) result;
        return solutions;
    }

    private static EvalConfig withSink(EvalConfig c, List<String> printed) {
        if (c.printSink() == null) {
            return c;
        }
        return new EvalConfig(c.strictBuiltinErrors(), printed::add, c.nowNs(), c.deadlineNanos(),
                c.timeoutText(), c.cancelled(), c.runtime(), c.seed());
    }

    private static void flush(EvalConfig config, List<String> printed) {
        if (config.printSink() != null) {
            printed.forEach(config.printSink());
        }
    }

    private static List<Solution> attempt(PolicyPlan policy, QueryPlan query, Value input, EvalConfig config) {
        Evaluation eval = new Evaluation(policy, config, input);
        TopDown top = new TopDown(eval);
        Value[] frame = new Value[query.frameSize()];
        List<Solution> out = new ArrayList<>();
        eval.checkDeadline(null);
        top.evalBody(query.body(), frame, () -> {
            Map<String, Value> bindings = new LinkedHashMap<>();
            for (QueryPlan.Output o : query.outputs()) {
                Value v = frame[o.slot()];
                if (v != null) {
                    bindings.put(o.name(), v);
                }
            }
            List<Value> expressions = new ArrayList<>(query.valueSlots().length);
            for (int slot : query.valueSlots()) {
                // Negated expressions leave no binding behind: their value is true.
                Value v = slot >= 0 ? frame[slot] : null;
                expressions.add(v == null ? BooleanValue.TRUE : v);
            }
            out.add(new Solution(Collections.unmodifiableMap(bindings), Collections.unmodifiableList(expressions)));
            return false;
        });
        return out;
    }
}

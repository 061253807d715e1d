package dev.authlint.rego;

import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.eval.EvalConfig;
import dev.authlint.rego.eval.QueryRunner;
import dev.authlint.rego.eval.Solution;
import dev.authlint.rego.eval.plan.PolicyPlan;
import dev.authlint.rego.eval.plan.QueryPlan;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A query compiled against a {@link Rego}, ready to evaluate many times with different inputs.
 * Immutable and thread-safe: each evaluation has its own state and caches.
 */
public final class PreparedQuery {

    private final PolicyPlan policy;
    private final QueryPlan query;
    private final List<String> texts;
    private final List<Location> places;
    private final Rego.Settings settings;

    PreparedQuery(PolicyPlan policy, QueryPlan query, Body body, Rego.Settings settings) {
        this.policy = policy;
        this.query = query;
        this.settings = settings;
        List<String> t = new ArrayList<>();
        List<Location> p = new ArrayList<>();
        for (Expr e : body.exprs()) {
            t.add(e.toString());
            p.add(e.location());
        }
        this.texts = List.copyOf(t);
        this.places = List.copyOf(p);
    }

    /**
     * Evaluates with the engine's settings.
     *
     * @param input the input document, or null for an undefined {@code input}
     * @throws RegoException on evaluation errors ({@code eval_conflict_error}, strict builtin errors,
     *                       {@code eval_cancel_error} when the deadline passes, ...)
     */
    public ResultSet eval(Value input) {
        return eval(input, EvalOptions.DEFAULTS);
    }

    /** Evaluates with per-call overrides. */
    public ResultSet eval(Value input, EvalOptions options) {
        boolean strict = options.strictBuiltinErrors() != null ? options.strictBuiltinErrors()
                : settings.strictBuiltinErrors();
        Consumer<String> sink = options.printSink() != null ? options.printSink() : settings.printSink();
        Duration timeout = options.timeout() != null ? options.timeout() : settings.timeout();
        long now = options.nowNs() != null ? options.nowNs() : System.currentTimeMillis() * 1_000_000L;
        EvalConfig config = new EvalConfig(strict, sink, now, System.nanoTime() + timeout.toNanos(),
                describe(timeout), options.cancelled(), ObjectValue.EMPTY, now);
        List<Solution> solutions = QueryRunner.run(policy, query, input, config);
        List<Result> results = new ArrayList<>(solutions.size());
        for (Solution s : solutions) {
            results.add(new Result(s.bindings(), s.expressions()));
        }
        return new ResultSet(results, texts, places);
    }

    private static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}

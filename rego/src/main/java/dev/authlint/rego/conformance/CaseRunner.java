package dev.authlint.rego.conformance;

import dev.authlint.rego.PreparedQuery;
import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one {@link ConformanceCase} through the public {@link Rego} API and judges the outcome.
 *
 * <p>Each case runs on its own thread with the engine's own timeout; if the engine overruns that by more
 * than a grace period, or crashes (any exception other than {@link RegoException}, or a
 * {@link StackOverflowError}), the case fails with that reason and the run goes on.
 */
public final class CaseRunner {

    /** Name of the helper variable used to read a single-expression query REPL-style (regorus cases). */
    private static final String REPL_VAR = "__authlint_repl__";
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Duration timeout;

    /** @param timeout per-evaluation deadline handed to the engine */
    public CaseRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code c} and reports whether it met its expectation. Never throws. */
    public CaseResult run(ConformanceCase c) {
        AtomicReference<CaseResult> result = new AtomicReference<>();
        Thread worker = new Thread(() -> result.set(judgeSafely(c)), "conformance-case");
        worker.setDaemon(true); // an engine that ignores cancellation must not keep the JVM alive
        worker.start();
        try {
            worker.join(timeout.plus(GRACE).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CaseResult.failed(c, "interrupted");
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return CaseResult.failed(c, "did not finish within " + timeout.plus(GRACE).toSeconds()
                    + "s although the engine timeout is " + timeout.toSeconds() + "s (abandoned)");
        }
        return result.get();
    }

    private CaseResult judgeSafely(ConformanceCase c) {
        try {
            return judge(c);
        } catch (StackOverflowError e) {
            return CaseResult.failed(c, "engine crashed: StackOverflowError");
        } catch (RuntimeException e) {
            return CaseResult.failed(c, "engine crashed: " + e);
        }
    }

    private CaseResult judge(ConformanceCase c) {
        Expected expected = c.expected();
        if (expected instanceof Expected.Malformed m) {
            return CaseResult.failed(c, "malformed case: " + m.why());
        }
        if (expected instanceof Expected.StrictFailureElseRows both) {
            String strictProblem = checkFailure(c, evaluate(c, true), both.strict());
            if (strictProblem != null) {
                return CaseResult.failed(c, "strict: " + strictProblem);
            }
            String lenientProblem = checkRows(evaluate(c, false), both.lenient());
            return lenientProblem == null ? CaseResult.passed(c) : CaseResult.failed(c, "non-strict: " + lenientProblem);
        }
        List<Outcome> outcomes = evaluate(c, c.strict());
        String problem;
        if (expected instanceof Expected.Failure failure) {
            problem = checkFailure(c, outcomes, failure);
        } else {
            problem = firstError(outcomes);
            if (problem == null) {
                if (expected instanceof Expected.BindingRows rows) {
                    problem = checkRows(outcomes, rows);
                } else if (expected instanceof Expected.ResultValues values) {
                    problem = ResultMatcher.regorusValues(outcomes, values);
                }
            }
        }
        if (problem == null && c.wantPrints() != null) {
            List<String> prints = outcomes.stream().flatMap(o -> o.prints().stream()).toList();
            if (!prints.equals(c.wantPrints())) {
                problem = "print output " + prints + " but expected " + c.wantPrints();
            }
        }
        return problem == null ? CaseResult.passed(c) : CaseResult.failed(c, problem);
    }

    private static String firstError(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.failed()) {
                return "unexpected " + o.describe();
            }
        }
        return null;
    }

    private static String checkRows(List<Outcome> outcomes, Expected.BindingRows rows) {
        String error = firstError(outcomes);
        return error != null ? error : ResultMatcher.opaRows(outcomes.get(0), rows);
    }

    private static String checkFailure(ConformanceCase c, List<Outcome> outcomes, Expected.Failure failure) {
        Outcome failed = outcomes.stream().filter(Outcome::failed).findFirst().orElse(null);
        String wanted = (failure.code() == null ? "an error" : failure.code())
                + (failure.contains() == null || failure.contains().isEmpty() ? "" : " containing \"" + failure.contains() + "\"");
        if (failed == null) {
            return "expected " + wanted + " but got " + outcomes.get(outcomes.size() - 1).describe();
        }
        if (failure.code() != null && !failed.errorCodes().contains(failure.code())) {
            return "expected " + wanted + " but got " + failed.describe();
        }
        // regorus's error texts are its own wording; only OPA's are compared (conformance README, section 3).
        boolean compareText = c.format() == CaseFormat.OPA && failure.contains() != null && !failure.contains().isEmpty();
        if (compareText && failed.errorTexts().stream().noneMatch(t -> t.contains(failure.contains()))) {
            return "expected " + wanted + " but got " + failed.describe();
        }
        return null;
    }

    /** Evaluates the case once per input; a compile error yields one failed outcome. */
    List<Outcome> evaluate(ConformanceCase c, boolean strict) {
        List<String> prints = Collections.synchronizedList(new ArrayList<>());
        PreparedQuery query;
        Rego rego;
        List<Value> inputs;
        try {
            Rego.Builder builder = Rego.builder()
                    .regoVersion(c.regoV0() ? RegoVersion.V0 : RegoVersion.V1)
                    .strictBuiltinErrors(strict)
                    .printSink(prints::add)
                    .timeout(timeout);
            for (int i = 0; i < c.modules().size(); i++) {
                builder.module(c.format().moduleName(i), c.modules().get(i));
            }
            if (c.data() != null) {
                builder.data((ObjectValue) YamlValues.plain(c.data())); // CaseParser checked it is a mapping
            }
            rego = builder.build();
            inputs = inputsOf(c);
            query = rego.prepare(c.query());
        } catch (RegoException e) {
            return List.of(new Outcome(List.of(), e, List.copyOf(prints)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Value input : inputs) {
            prints.clear();
            try {
                List<Outcome.Solution> solutions = solutions(query.eval(input));
                if (solutions.isEmpty() && c.format() == CaseFormat.REGORUS) {
                    solutions = replFalse(rego, c.query(), input);
                }
                outcomes.add(new Outcome(solutions, null, List.copyOf(prints)));
            } catch (RegoException e) {
                outcomes.add(new Outcome(List.of(), e, List.copyOf(prints)));
                break; // the upstream harnesses stop at the first failing input
            }
        }
        return outcomes;
    }

    private static List<Value> inputsOf(ConformanceCase c) {
        CaseInput input = c.input();
        if (input instanceof CaseInput.Document d) {
            return List.of(YamlValues.plain(d.yaml()));
        }
        if (input instanceof CaseInput.Many many) {
            return many.yamlDocuments().stream().map(YamlValues::plain).toList();
        }
        if (input instanceof CaseInput.Term term) {
            return List.of(parseTerm(term.regoSource()));
        }
        List<Value> undefined = new ArrayList<>();
        undefined.add(null);
        return undefined;
    }

    /** Evaluates {@code input_term} Rego source to its value with an empty policy. */
    private static Value parseTerm(String source) {
        ResultSet rs = Rego.builder().build().prepare(REPL_VAR + " := " + source).eval(null);
        if (rs.results().size() != 1) {
            throw new IllegalArgumentException("input_term is not a single value: " + source);
        }
        return rs.results().get(0).bindings().get(REPL_VAR);
    }

    private static List<Outcome.Solution> solutions(ResultSet rs) {
        List<Outcome.Solution> solutions = new ArrayList<>(rs.results().size());
        rs.results().forEach(r -> solutions.add(new Outcome.Solution(r.bindings(), r.expressions())));
        return solutions;
    }

    /**
     * regorus reads a single-expression query REPL-style: {@code 1 == 2} yields {@code false} where OPA's
     * query semantics yield no result. Rewriting the query as {@code v := (query)} gives that value; if the
     * rewrite does not parse (several expressions, unification, {@code some}...), OPA's answer stands.
     */
    private static List<Outcome.Solution> replFalse(Rego rego, String query, Value input) {
        ResultSet rs;
        try {
            rs = rego.prepare(REPL_VAR + " := (" + query.strip() + ")").eval(input);
        } catch (RegoException notAnExpression) {
            return List.of();
        }
        List<Outcome.Solution> falses = new ArrayList<>();
        for (var r : rs.results()) {
            if (BooleanValue.FALSE.equals(r.bindings().get(REPL_VAR))) {
                falses.add(new Outcome.Solution(Map.of(), List.of(BooleanValue.FALSE)));
            }
        }
        return falses;
    }
}

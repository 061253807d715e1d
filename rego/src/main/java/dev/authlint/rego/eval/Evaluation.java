package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.builtins.BuiltinContext;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.PlanRule;
import dev.authlint.rego.eval.plan.PolicyPlan;
import dev.authlint.rego.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The mutable state of one evaluation: input, {@code with} replacements, caches, deadline, and the
 * rule currently being evaluated. Created per query evaluation, used by one thread, then dropped;
 * the shared plan is never modified.
 */
final class Evaluation implements BuiltinContext {

    /** How often (in loop iterations and steps) the deadline is polled. */
    private static final int TICKS_PER_CHECK = 256;

    final PolicyPlan plan;
    final EvalConfig config;

    /** The current {@code input}, or null when undefined. */
    Value input;
    /** The current {@code with data...} replacements, or null. */
    DataOverrides overrides;
    /** The current function and builtin mocks by name. */
    Map<String, Mock> mocks = Map.of();
    /** Rule and function results for the current {@code with} scope. */
    Map<Object, Value> cache = new HashMap<>(64);

    /**
     * Results of non-deterministic builtins ({@code rand.intn}, {@code uuid.rfc4122}, ...) by name
     * and arguments: as OPA's ndbcache, one evaluation sees one answer per call, whatever the
     * {@code with} scope.
     */
    final Map<java.util.List<Object>, Value> nondeterministic = new HashMap<>();

    /** The location of the expression being evaluated, for errors raised below it. */
    dev.authlint.rego.ast.Location where;

    /** The rule whose body is being evaluated, for cancellation messages; null in the query. */
    PlanRule currentRule;

    /** Rule sets and functions being evaluated, innermost last: a repeat is recursion. */
    private final java.util.ArrayList<DataNode> active = new java.util.ArrayList<>();

    private int ticks;
    private Random random;

    Evaluation(PolicyPlan plan, EvalConfig config, Value input) {
        this.plan = plan;
        this.config = config;
        this.input = input;
    }

    /** A function or builtin replaced by {@code with}: either another function or a value. */
    record Mock(dev.authlint.rego.eval.plan.FunctionRef replacement, Value value) {
    }

    /** The rule tree root. */
    DataNode rules() {
        return plan.rules();
    }

    /** Polls the deadline every few calls; cheap enough for inner loops. */
    void tick() {
        if (++ticks >= TICKS_PER_CHECK) {
            ticks = 0;
            checkDeadline(null);
        }
    }

    /** Throws {@code eval_cancel_error} when the deadline has passed or the caller cancelled. */
    void checkDeadline(Location where) {
        boolean cancelledByCaller = config.cancelled() != null && config.cancelled().getAsBoolean();
        if (!cancelledByCaller && System.nanoTime() - config.deadlineNanos() < 0) {
            return;
        }
        StringBuilder msg = new StringBuilder(cancelledByCaller ? "caller cancelled query execution"
                : "timed out: evaluation exceeded the " + config.timeoutText() + " deadline");
        PlanRule rule = currentRule;
        if (rule != null) {
            msg.append(" while evaluating rule ").append(rule.path());
            if (rule.location() != null && rule.location().file() != null && !rule.location().file().isEmpty()) {
                msg.append(" (").append(rule.location().file()).append(':').append(rule.location().row()).append(')');
            }
        } else {
            msg.append(" while evaluating the query");
        }
        Location loc = where != null ? where : this.where != null ? this.where : rule != null ? rule.location() : null;
        throw new RegoException(new RegoError(RegoError.EVAL_CANCEL_ERROR, msg.toString(), loc));
    }

    /**
     * Marks {@code node} as being evaluated. The compiler rejects recursive policies; this guards the
     * evaluator against any that slip through, which would otherwise recurse until the stack ends.
     */
    void enter(DataNode node, Location where) {
        if (active.contains(node)) {
            StringBuilder chain = new StringBuilder();
            for (int i = active.indexOf(node); i < active.size(); i++) {
                chain.append(active.get(i).path()).append(" -> ");
            }
            chain.append(node.path());
            throw new RegoException(new RegoError(RegoError.RECURSION_ERROR,
                    "rule " + node.path() + " is recursive: " + chain, where));
        }
        active.add(node);
    }

    /** Ends {@link #enter}. */
    void leave(DataNode node) {
        active.remove(active.size() - 1);
    }

    // --- BuiltinContext -------------------------------------------------------------------------

    @Override
    public long nowNs() {
        return config.nowNs();
    }

    @Override
    public boolean strict() {
        return config.strictBuiltinErrors();
    }

    @Override
    public Value runtime() {
        return config.runtime();
    }

    @Override
    public void checkCancelled() {
        tick();
    }

    @Override
    public Value memoize(String key, java.util.function.Supplier<Value> compute) {
        // One answer per operand per evaluation for rand.intn and uuid.rfc4122, as OPA caches them.
        return memo.computeIfAbsent(key, k -> compute.get());
    }

    private final Map<String, Value> memo = new HashMap<>();

    @Override
    public Random random() {
        if (random == null) {
            random = new Random(config.seed());
        }
        return random;
    }
}

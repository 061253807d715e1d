package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.builtins.BuiltinDecl;
import dev.authlint.rego.builtins.BuiltinException;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.FunctionRef;
import dev.authlint.rego.eval.plan.Operand;
import dev.authlint.rego.eval.plan.PlanRule;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Function calls: user functions (all definitions, {@code else} chains, defaults, conflicts, cached
 * per argument tuple), builtins (strict or undefined-on-error), {@code with} mocks of either, and
 * {@code print}.
 */
final class Calls {

    private final TopDown top;
    private final Evaluation eval;

    Calls(TopDown top) {
        this.top = top;
        this.eval = top.eval;
    }

    /** Key of a function result in the per-scope cache: the function and its argument values. */
    private static final class CallKey {
        private final DataNode function;
        private final Value[] args;
        private final int hash;

        CallKey(DataNode function, Value[] args) {
            this.function = function;
            this.args = args;
            int h = System.identityHashCode(function);
            for (Value a : args) {
                h = 31 * h + a.hashCode();
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CallKey other) || other.function != function || other.hash != hash
                    || other.args.length != args.length) {
                return false;
            }
            for (int i = 0; i < args.length; i++) {
                if (!args[i].equals(other.args[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Evaluates the arguments of {@code call} (each may enumerate) and runs {@code k} on each result. */
    boolean call(Operand.CallOp call, Value[] frame, ValueCont k) {
        Operand[] args = call.args();
        Value[] values = new Value[args.length];
        // Fast path: arguments that are constants, bound variables or plain lookups need no
        // enumeration, which is the common case.
        for (int i = 0; i < args.length; i++) {
            Value d = top.direct(args[i], frame);
            if (d == null) {
                return evalArgs(call, args, i, values, frame, k);
            }
            if (d == TopDown.UNDEFINED) {
                return false;
            }
            values[i] = d;
        }
        return invoke(call.function(), values, call.location(), k);
    }

    private boolean evalArgs(Operand.CallOp call, Operand[] args, int i, Value[] values, Value[] frame, ValueCont k) {
        if (i == args.length) {
            return invoke(call.function(), values.clone(), call.location(), k);
        }
        Value d = top.direct(args[i], frame);
        if (d != null) {
            if (d == TopDown.UNDEFINED) {
                return false;
            }
            values[i] = d;
            return evalArgs(call, args, i + 1, values, frame, k);
        }
        return top.evalOperand(args[i], frame, v -> {
            values[i] = v;
            return evalArgs(call, args, i + 1, values, frame, k);
        });
    }

    /** Calls {@code fn} (or its mock) with ground arguments. */
    boolean invoke(FunctionRef fn, Value[] args, Location location, ValueCont k) {
        if (!eval.mocks.isEmpty()) {
            Evaluation.Mock mock = eval.mocks.get(fn.name());
            if (mock != null) {
                if (mock.value() != null) {
                    return k.accept(mock.value());
                }
                return invokeReplacement(fn, mock.replacement(), args, location, k);
            }
        }
        if (fn.user() != null) {
            Value v = callUser(fn.user(), args);
            return v != null && k.accept(v);
        }
        return callBuiltin(fn, args, location, k);
    }

    /**
     * Calls the replacement of a mocked function. Inside it the mocks are lifted, so a replacement may
     * call the original (OPA: "mock function calls original") without recursing into itself; results
     * computed meanwhile go to a separate cache because they saw different mocks.
     */
    private boolean invokeReplacement(FunctionRef original, FunctionRef replacement, Value[] args, Location location,
            ValueCont k) {
        Map<String, Evaluation.Mock> saved = eval.mocks;
        Map<Object, Value> savedCache = eval.cache;
        // OPA lifts every mock while a replacement runs: a mock never calls another mock.
        Map<String, Evaluation.Mock> lifted = Map.of();
        Value[] out = new Value[1];
        List<Value> many = new ArrayList<>();
        eval.mocks = lifted;
        eval.cache = new HashMap<>();
        try {
            invoke(replacement, args, location, v -> {
                many.add(v);
                return false;
            });
        } finally {
            eval.mocks = saved;
            eval.cache = savedCache;
        }
        for (Value v : many) {
            if (k.accept(v)) {
                return true;
            }
        }
        return false;
    }

    // --- user functions ---------------------------------------------------------------------------

    Value callUser(DataNode node, Value[] args) {
        CallKey key = new CallKey(node, args);
        Value cached = eval.cache.get(key);
        if (cached != null) {
            return cached == TopDown.UNDEFINED ? null : cached;
        }
        Value result = null;
        eval.enter(node, null);
        try {
            for (PlanRule rule : node.rules()) {
                Value v = evalFunctionChain(rule, args);
                if (v == null) {
                    continue;
                }
                if (result == null) {
                    result = v;
                } else if (!result.equals(v)) {
                    throw functionConflict(rule);
                }
            }
            if (result == null && node.defaultRule() != null) {
                result = evalFunctionChain(node.defaultRule(), args);
            }
        } finally {
            eval.leave(node);
        }
        eval.cache.put(key, result == null ? TopDown.UNDEFINED : result);
        return result;
    }

    private Value evalFunctionChain(PlanRule rule, Value[] args) {
        Value[] frame = new Value[rule.frameSize()];
        PlanRule saved = eval.currentRule;
        eval.currentRule = rule;
        try {
            for (PlanRule link = rule; link != null; link = link.elseRule()) {
                Outputs outputs = new Outputs(link, frame);
                int bound = bindArgs(link.args(), args, frame);
                if (bound == link.args().length) {
                    top.evalBody(link.body(), frame, outputs);
                } else if (bound >= 0) {
                    PlanRule current = link;
                    unifyArgs(link.args(), args, bound, frame, () -> top.evalBody(current.body(), frame, outputs));
                }
                if (outputs.value != null) {
                    return outputs.value;
                }
            }
            return null;
        } finally {
            eval.currentRule = saved;
        }
    }

    /**
     * Collects the head value of each solution of one function definition's body; one object per
     * definition instead of a chain of lambdas, as functions are called often.
     */
    private final class Outputs implements Cont, ValueCont {
        private final PlanRule rule;
        private final Value[] frame;
        private final boolean constant;
        Value value;

        Outputs(PlanRule rule, Value[] frame) {
            this.rule = rule;
            this.frame = frame;
            // A constant head value cannot conflict with itself: one solution is enough.
            this.constant = rule.value() instanceof Operand.Const;
        }

        /** The body succeeded: evaluate the head value. */
        @Override
        public boolean run() {
            Value d = top.direct(rule.value(), frame);
            if (d != null) {
                return d != TopDown.UNDEFINED && accept(d);
            }
            return top.evalOperand(rule.value(), frame, this);
        }

        @Override
        public boolean accept(Value v) {
            if (value == null) {
                value = v;
            } else if (!value.equals(v)) {
                throw functionConflict(rule);
            }
            return constant;
        }
    }

    /**
     * Binds or compares parameters that are plain variables or constants, in place: the frame
     * belongs to this call, so these bindings need no undoing, and every link of an else chain
     * rebinds the same slots to the same values. Returns -1 when a parameter does not match, else
     * the index of the first parameter that needs full unification (the length when none does).
     */
    private static int bindArgs(Operand[] patterns, Value[] args, Value[] frame) {
        for (int i = 0; i < patterns.length; i++) {
            Operand p = patterns[i];
            if (p instanceof Operand.Local l) {
                Value bound = frame[l.slot()];
                if (bound == null) {
                    frame[l.slot()] = args[i];
                } else if (!bound.equals(args[i])) {
                    return -1;
                }
            } else if (p instanceof Operand.Const c) {
                if (!c.value().equals(args[i])) {
                    return -1;
                }
            } else {
                return i;
            }
        }
        return patterns.length;
    }

    private boolean unifyArgs(Operand[] patterns, Value[] args, int i, Value[] frame, Cont k) {
        if (i == patterns.length) {
            return k.run();
        }
        int next = i + 1;
        return top.unifyValue(patterns[i], args[i], frame, () -> unifyArgs(patterns, args, next, frame, k));
    }

    private static RegoException functionConflict(PlanRule rule) {
        return new RegoException(new RegoError(RegoError.EVAL_CONFLICT_ERROR,
                "function " + rule.path() + " produced conflicting values for the same inputs"
                        + " (functions must not produce multiple outputs for same inputs)",
                rule.location()));
    }

    // --- builtins ---------------------------------------------------------------------------------

    private boolean callBuiltin(FunctionRef fn, Value[] args, Location location, ValueCont k) {
        Value result = builtinResult(fn, args, location);
        if (result == TopDown.UNDEFINED) {
            return false;
        }
        if (fn.builtin().relation()) {
            if (!(result instanceof ArrayValue outputs)) {
                return false;
            }
            for (Value v : outputs.elements()) {
                if (k.accept(v)) {
                    return true;
                }
            }
            return false;
        }
        return k.accept(result);
    }

    /**
     * Calls a builtin implementation: its result (all outputs as an array for a relation), or
     * {@link TopDown#UNDEFINED}. Errors are raised when strict, else the call is undefined.
     */
    private Value builtinResult(FunctionRef fn, Value[] args, Location location) {
        BuiltinDecl decl = fn.builtin();
        if (decl == null) {
            throw new RegoException(new RegoError(RegoError.EVAL_INTERNAL_ERROR,
                    "unsupported built-in: " + fn.name(), location));
        }
        switch (decl.name()) {
            case "print":
            case "trace":
                return BooleanValue.TRUE;
            default:
                break;
        }
        List<Object> ndbKey = null;
        if (!decl.deterministic()) {
            ndbKey = List.of(decl.name(), List.of(args));
            Value cached = eval.nondeterministic.get(ndbKey);
            if (cached != null) {
                return cached;
            }
        }
        Value result;
        try {
            result = decl.impl().call(eval, Arrays.asList(args));
        } catch (BuiltinException e) {
            if (eval.config.strictBuiltinErrors() || e.halt()) {
                throw new RegoException(new RegoError(e.code(), e.getMessage(), location));
            }
            return TopDown.UNDEFINED;
        } catch (RegoException | StackOverflowError e) {
            throw e;
        } catch (RuntimeException e) {
            // A builtin bug must not pass silently when the caller asked to see errors.
            if (eval.config.strictBuiltinErrors()) {
                throw new RegoException(new RegoError(RegoError.EVAL_BUILTIN_ERROR,
                        decl.name() + ": " + e.getMessage(), location));
            }
            return TopDown.UNDEFINED;
        }
        Value out = result == null ? TopDown.UNDEFINED : result;
        if (ndbKey != null) {
            eval.nondeterministic.put(ndbKey, out);
        }
        return out;
    }

    /**
     * The single result of {@code call} when it can be had without enumeration -- its arguments are
     * direct and the function yields at most one value -- else null; {@link TopDown#UNDEFINED} when
     * the call is undefined. Saves the continuation machinery on the most common calls.
     */
    Value direct(Operand.CallOp call, Value[] frame) {
        FunctionRef fn = call.function();
        Evaluation.Mock mock = eval.mocks.isEmpty() ? null : eval.mocks.get(fn.name());
        if (mock != null && mock.value() == null) {
            return null;
        }
        if (mock == null && fn.user() == null && (fn.builtin() == null || fn.builtin().relation())) {
            return null;
        }
        Operand[] args = call.args();
        Value[] values = new Value[args.length];
        for (int i = 0; i < args.length; i++) {
            Value d = top.direct(args[i], frame);
            if (d == null || d == TopDown.UNDEFINED) {
                return d;
            }
            values[i] = d;
        }
        if (mock != null) {
            return mock.value();
        }
        if (fn.user() != null) {
            Value v = callUser(fn.user(), values);
            return v == null ? TopDown.UNDEFINED : v;
        }
        return builtinResult(fn, values, call.location());
    }

    // --- print ------------------------------------------------------------------------------------

    /** True when {@code call} is the {@code print} builtin (not mocked). */
    boolean isPrint(Operand.CallOp call) {
        return call.function().user() == null && "print".equals(call.function().name())
                && !eval.mocks.containsKey("print");
    }

    /**
     * Prints one line per combination of argument values; an argument without values prints as
     * {@code <undefined>}. Returns false: printing never stops the evaluation.
     */
    boolean print(Operand.CallOp call, Value[] frame) {
        List<List<String>> columns = new ArrayList<>();
        for (Operand arg : call.args()) {
            List<String> texts = new ArrayList<>();
            top.evalOperand(arg, frame, v -> {
                texts.add(printText(v));
                return false;
            });
            if (texts.isEmpty()) {
                texts.add("<undefined>");
            }
            columns.add(texts);
        }
        emit(call.location(), columns, 0, new String[columns.size()]);
        return false;
    }

    private void emit(Location location, List<List<String>> columns, int i, String[] line) {
        if (i == columns.size()) {
            if (eval.config.printSink() != null) {
                String where = location == null ? "" : (location.file() == null ? "" : location.file()) + ":"
                        + location.row() + ": ";
                eval.config.printSink().accept(where + String.join(" ", line));
            }
            return;
        }
        for (String text : columns.get(i)) {
            line[i] = text;
            emit(location, columns, i + 1, line);
        }
    }

    private static String printText(Value v) {
        return v instanceof StringValue s ? s.value() : v.toRegoString();
    }
}

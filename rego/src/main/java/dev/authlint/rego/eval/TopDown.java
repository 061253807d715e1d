package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.eval.plan.Body;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.Goal;
import dev.authlint.rego.eval.plan.Operand;
import dev.authlint.rego.eval.plan.Step;
import dev.authlint.rego.eval.plan.WithModifier;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * OPA's "topdown" evaluation in continuation-passing style: every goal takes a continuation to run
 * once per solution. Variables live in frame slots ({@code Value[]}); a binding is made, the
 * continuation runs, and the binding is undone when it returns, so backtracking is just returning.
 *
 * <p>Rule and function bodies are evaluated to completion by {@link RuleEvaluator} and their
 * values cached per evaluation, so the stack depth is bounded by the nesting of the policy, not by
 * the size of the data.
 */
final class TopDown {

    /** Marks "no value" where a {@link Value} is expected; compared by identity only. */
    static final Value UNDEFINED = StringValue.of(new String("<undefined>"));

    final Evaluation eval;
    final RuleEvaluator rules;
    final Calls calls;

    TopDown(Evaluation eval) {
        this.eval = eval;
        this.rules = new RuleEvaluator(this);
        this.calls = new Calls(this);
    }

    // --- bodies and steps -------------------------------------------------------------------------

    /** Runs {@code k} once per solution of {@code body}. */
    boolean evalBody(Body body, Value[] frame, Cont k) {
        Step[] steps = body.steps();
        int n = steps.length;
        if (n == 0) {
            return k.run();
        }
        // Chain the continuations once per entry into the body, not once per solution of each step:
        // a step inside a loop then reuses the same "rest of the body" object for every iteration.
        Cont next = k;
        for (int i = n - 1; i >= 1; i--) {
            Step step = steps[i];
            Cont after = next;
            next = () -> runStep(step, frame, after);
        }
        return runStep(steps[0], frame, next);
    }

    private boolean runStep(Step step, Value[] frame, Cont k) {
        eval.tick();
        eval.where = step.location();
        if (step.withs().length > 0) {
            return evalWith(step, frame, k);
        }
        return evalStep(step, frame, k);
    }

    private boolean evalStep(Step step, Value[] frame, Cont k) {
        if (step.negated()) {
            boolean found = evalGoal(step.goal(), step, frame, () -> true);
            return !found && k.run();
        }
        return evalGoal(step.goal(), step, frame, k);
    }

    private boolean evalGoal(Goal goal, Step step, Value[] frame, Cont k) {
        int valueSlot = step.valueSlot();
        if (goal instanceof Goal.Unify u) {
            if (valueSlot >= 0) {
                return unify(u.left(), u.right(), frame, () -> bind(frame, valueSlot, BooleanValue.TRUE, k));
            }
            return unify(u.left(), u.right(), frame, k);
        }
        if (goal instanceof Goal.CallGoal c) {
            if (c.output() != null) {
                return calls.call(c.call(), frame, v -> unifyValue(c.output(), v, frame,
                        valueSlot >= 0 ? () -> bind(frame, valueSlot, BooleanValue.TRUE, k) : k));
            }
            if (calls.isPrint(c.call())) {
                return calls.print(c.call(), frame) || k.run();
            }
            boolean keepFalse = step.keepFalse();
            Value d = calls.direct(c.call(), frame);
            if (d != null) {
                return d != UNDEFINED && (keepFalse || !ValueNav.isFalse(d))
                        && (valueSlot >= 0 ? bind(frame, valueSlot, d, k) : k.run());
            }
            return calls.call(c.call(), frame, v -> (keepFalse || !ValueNav.isFalse(v))
                    && (valueSlot >= 0 ? bind(frame, valueSlot, v, k) : k.run()));
        }
        if (goal instanceof Goal.Truthy t) {
            boolean keepFalse = step.keepFalse();
            return evalOperand(t.term(), frame, v -> (keepFalse || !ValueNav.isFalse(v))
                    && (valueSlot >= 0 ? bind(frame, valueSlot, v, k) : k.run()));
        }
        if (goal instanceof Goal.Every e) {
            return evalEvery(e, frame, valueSlot >= 0 ? () -> bind(frame, valueSlot, BooleanValue.TRUE, k) : k);
        }
        return valueSlot >= 0 ? bind(frame, valueSlot, BooleanValue.TRUE, k) : k.run();
    }

    private boolean evalEvery(Goal.Every e, Value[] frame, Cont k) {
        return evalOperand(e.domain(), frame, domain -> {
            if (domain.isScalar()) {
                return false; // only collections can be quantified over
            }
            boolean allHold = !ValueNav.forEach(domain, eval, (key, value) -> {
                // The key and value variables belong to the every's own scope: bind, test, unbind.
                if (e.key() != null) {
                    frame[e.key().slot()] = key;
                }
                frame[e.value().slot()] = value;
                boolean holds = evalBody(e.body(), frame, () -> true);
                frame[e.value().slot()] = null;
                if (e.key() != null) {
                    frame[e.key().slot()] = null;
                }
                return !holds; // stop at the first counterexample
            });
            return allHold && k.run();
        });
    }

    /** Binds {@code slot} to {@code v} for the duration of {@code k}. */
    static boolean bind(Value[] frame, int slot, Value v, Cont k) {
        frame[slot] = v;
        try {
            return k.run();
        } finally {
            frame[slot] = null;
        }
    }

    // --- with -------------------------------------------------------------------------------------

    private boolean evalWith(Step step, Value[] frame, Cont k) {
        Value savedInput = eval.input;
        DataOverrides savedOverrides = eval.overrides;
        Map<String, Evaluation.Mock> savedMocks = eval.mocks;
        Map<Object, Value> savedCache = eval.cache;

        Value newInput = savedInput;
        DataOverrides newOverrides = savedOverrides;
        Map<String, Evaluation.Mock> newMocks = savedMocks;
        for (WithModifier w : step.withs()) {
            if (w instanceof WithModifier.Input in) {
                Value v = single(in.value(), frame);
                if (v == null) {
                    return false;
                }
                newInput = in.path().length == 0 ? v : Upsert.at(newInput, in.path(), 0, v);
            } else if (w instanceof WithModifier.Data d) {
                Value v = single(d.value(), frame);
                if (v == null) {
                    return false;
                }
                newOverrides = DataOverrides.with(newOverrides, d.path(), 0, v);
            } else if (w instanceof WithModifier.Function f) {
                Evaluation.Mock mock;
                if (f.replacement() != null) {
                    mock = new Evaluation.Mock(f.replacement(), null);
                } else {
                    Value v = single(f.value(), frame);
                    if (v == null) {
                        return false;
                    }
                    mock = new Evaluation.Mock(null, v);
                }
                if (newMocks == savedMocks) {
                    newMocks = new HashMap<>(savedMocks);
                }
                newMocks.put(f.target(), mock);
            }
        }
        Value withInput = newInput;
        DataOverrides withOverrides = newOverrides;
        Map<String, Evaluation.Mock> withMocks = newMocks;
        Map<Object, Value> withCache = new HashMap<>();
        enter(withInput, withOverrides, withMocks, withCache);
        try {
            return evalStep(step, frame, () -> {
                enter(savedInput, savedOverrides, savedMocks, savedCache);
                try {
                    return k.run();
                } finally {
                    enter(withInput, withOverrides, withMocks, withCache);
                }
            });
        } finally {
            enter(savedInput, savedOverrides, savedMocks, savedCache);
        }
    }

    private void enter(Value input, DataOverrides overrides, Map<String, Evaluation.Mock> mocks,
            Map<Object, Value> cache) {
        eval.input = input;
        eval.overrides = overrides;
        eval.mocks = mocks;
        eval.cache = cache;
    }

    /** The first value of {@code o}, or null when it has none. */
    Value single(Operand o, Value[] frame) {
        Value direct = direct(o, frame);
        if (direct != null) {
            return direct == UNDEFINED ? null : direct;
        }
        Value[] out = new Value[1];
        evalOperand(o, frame, v -> {
            out[0] = v;
            return true;
        });
        return out[0];
    }

    // --- unification ------------------------------------------------------------------------------

    /** True when {@code o} still has unbound variables in positions unification can bind. */
    static boolean isPattern(Operand o, Value[] frame) {
        if (o instanceof Operand.Local l) {
            return frame[l.slot()] == null;
        }
        if (o instanceof Operand.ArrayOp a) {
            for (Operand item : a.items()) {
                if (isPattern(item, frame)) {
                    return true;
                }
            }
            return false;
        }
        if (o instanceof Operand.ObjectOp obj) {
            for (Operand item : obj.values()) {
                if (isPattern(item, frame)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unifies two operands, running {@code k} once per way they can be made equal. */
    boolean unify(Operand left, Operand right, Value[] frame, Cont k) {
        if (!isPattern(left, frame)) {
            Value lv = direct(left, frame);
            if (lv != null) {
                return lv != UNDEFINED && unifyValue(right, lv, frame, k);
            }
            return evalOperand(left, frame, v -> unifyValue(right, v, frame, k));
        }
        if (!isPattern(right, frame)) {
            Value rv = direct(right, frame);
            if (rv != null) {
                return rv != UNDEFINED && unifyValue(left, rv, frame, k);
            }
            return evalOperand(right, frame, v -> unifyValue(left, v, frame, k));
        }
        if (left instanceof Operand.ArrayOp la && right instanceof Operand.ArrayOp ra) {
            if (la.items().length != ra.items().length) {
                return false;
            }
            return unifyPairs(la.items(), ra.items(), new boolean[la.items().length], la.items().length, frame, k);
        }
        if (left instanceof Operand.ObjectOp lo && right instanceof Operand.ObjectOp ro) {
            return unifyObjects(lo, ro, frame, k);
        }
        throw unsafe(left instanceof Operand.Local ? left : right, eval.where);
    }

    private boolean unifyPairs(Operand[] ls, Operand[] rs, boolean[] done, int remaining, Value[] frame, Cont k) {
        if (remaining == 0) {
            return k.run();
        }
        // Unify pairs with a bound side first, so that [x, y] = [y, 1] binds y before x.
        int pick = -1;
        for (int j = 0; j < ls.length && pick < 0; j++) {
            if (!done[j] && (!isPattern(ls[j], frame) || !isPattern(rs[j], frame))) {
                pick = j;
            }
        }
        for (int j = 0; j < ls.length && pick < 0; j++) {
            if (!done[j]) {
                pick = j;
            }
        }
        int chosen = pick;
        done[chosen] = true;
        try {
            return unify(ls[chosen], rs[chosen], frame, () -> unifyPairs(ls, rs, done, remaining - 1, frame, k));
        } finally {
            done[chosen] = false;
        }
    }

    private boolean unifyObjects(Operand.ObjectOp lo, Operand.ObjectOp ro, Value[] frame, Cont k) {
        if (lo.keys().length != ro.keys().length) {
            return false;
        }
        Value[] lkeys = new Value[lo.keys().length];
        Value[] rkeys = new Value[ro.keys().length];
        for (int i = 0; i < lkeys.length; i++) {
            lkeys[i] = single(lo.keys()[i], frame);
            rkeys[i] = single(ro.keys()[i], frame);
            if (lkeys[i] == null || rkeys[i] == null) {
                return false;
            }
        }
        Operand[] ls = new Operand[lkeys.length];
        Operand[] rs = new Operand[lkeys.length];
        for (int i = 0; i < lkeys.length; i++) {
            int match = -1;
            for (int j = 0; j < rkeys.length; j++) {
                if (lkeys[i].equals(rkeys[j])) {
                    match = j;
                }
            }
            if (match < 0) {
                return false;
            }
            ls[i] = lo.values()[i];
            rs[i] = ro.values()[match];
        }
        return unifyPairs(ls, rs, new boolean[ls.length], ls.length, frame, k);
    }

    /** Unifies {@code pattern} with the ground value {@code v}. */
    boolean unifyValue(Operand pattern, Value v, Value[] frame, Cont k) {
        if (pattern instanceof Operand.Local l) {
            Value bound = frame[l.slot()];
            if (bound == null) {
                return bind(frame, l.slot(), v, k);
            }
            return bound.equals(v) && k.run();
        }
        if (pattern instanceof Operand.Const c) {
            return c.value().equals(v) && k.run();
        }
        if (pattern instanceof Operand.ArrayOp a) {
            if (!(v instanceof ArrayValue arr) || arr.size() != a.items().length) {
                return false;
            }
            return unifyElements(a.items(), arr, 0, frame, k);
        }
        if (pattern instanceof Operand.ObjectOp o && isPattern(o, frame)) {
            if (!(v instanceof ObjectValue obj) || obj.size() != o.keys().length) {
                return false;
            }
            return unifyEntries(o, obj, 0, frame, k);
        }
        Value direct = direct(pattern, frame);
        if (direct != null) {
            return direct != UNDEFINED && direct.equals(v) && k.run();
        }
        return evalOperand(pattern, frame, pv -> pv.equals(v) && k.run());
    }

    private boolean unifyElements(Operand[] items, ArrayValue arr, int i, Value[] frame, Cont k) {
        if (i == items.length) {
            return k.run();
        }
        return unifyValue(items[i], arr.get(i), frame, () -> unifyElements(items, arr, i + 1, frame, k));
    }

    private boolean unifyEntries(Operand.ObjectOp o, ObjectValue obj, int i, Value[] frame, Cont k) {
        if (i == o.keys().length) {
            return k.run();
        }
        return evalOperand(o.keys()[i], frame, key -> {
            Value v = obj.get(key);
            return v != null && unifyValue(o.values()[i], v, frame, () -> unifyEntries(o, obj, i + 1, frame, k));
        });
    }

    // --- operands ---------------------------------------------------------------------------------

    /**
     * The value of {@code o} when it can be had without enumeration: a constant, a bound variable,
     * {@code input}, or a ref over those with ground keys. Returns {@link #UNDEFINED} when that value
     * is undefined, and null when {@code o} needs full evaluation.
     */
    Value direct(Operand o, Value[] frame) {
        if (o instanceof Operand.Const c) {
            return c.value();
        }
        if (o instanceof Operand.Local l) {
            Value v = frame[l.slot()];
            return v; // null (unbound) means "not direct"
        }
        if (o instanceof Operand.InputRoot) {
            return eval.input == null ? UNDEFINED : eval.input;
        }
        if (o instanceof Operand.CallOp c) {
            return calls.direct(c, frame);
        }
        if (o instanceof Operand.RuleRef rr && eval.overrides == null) {
            Value cur = rules.documentValue(rr.rules(), null, null);
            if (cur == null) {
                return UNDEFINED;
            }
            return directPath(cur, rr.ref().path(), rr.depth(), frame);
        }
        if (o instanceof Operand.RefOp r && !(r.head() instanceof Operand.DataRoot)) {
            Value cur = direct(r.head(), frame);
            if (cur == null || cur == UNDEFINED) {
                return cur;
            }
            return directPath(cur, r.path(), 0, frame);
        }
        return null;
    }

    /** {@code cur[path[from]]...} when every key is a constant or bound variable; else as {@link #direct}. */
    private static Value directPath(Value cur, Operand[] path, int from, Value[] frame) {
        for (int i = from; i < path.length; i++) {
            Operand p = path[i];
            Value key = p instanceof Operand.Const c ? c.value()
                    : p instanceof Operand.Local l ? frame[l.slot()] : null;
            if (key == null) {
                return null;
            }
            cur = ValueNav.lookup(cur, key);
            if (cur == null) {
                return UNDEFINED;
            }
        }
        return cur;
    }

    /** Runs {@code k} for each value of {@code o}, binding variables in refs as it enumerates. */
    boolean evalOperand(Operand o, Value[] frame, ValueCont k) {
        if (o instanceof Operand.Const c) {
            return k.accept(c.value());
        }
        if (o instanceof Operand.Local l) {
            Value v = frame[l.slot()];
            if (v == null) {
                throw unsafe(l, eval.where);
            }
            return k.accept(v);
        }
        if (o instanceof Operand.RefOp r) {
            return evalRef(r, frame, k);
        }
        if (o instanceof Operand.RuleRef rr) {
            if (eval.overrides != null) {
                return evalRef(rr.ref(), frame, k);
            }
            Value v = rules.documentValue(rr.rules(), null, null);
            return v != null && walk(v, rr.ref().path(), rr.depth(), frame, k);
        }
        if (o instanceof Operand.InputRoot) {
            return eval.input != null && k.accept(eval.input);
        }
        if (o instanceof Operand.DataRoot) {
            Value v = rules.documentValue(eval.rules(), eval.plan.base(), eval.overrides);
            return v != null && k.accept(v);
        }
        if (o instanceof Operand.CallOp c) {
            return calls.call(c, frame, k);
        }
        if (o instanceof Operand.ArrayOp a) {
            return evalItems(a.items(), 0, new Value[a.items().length], frame,
                    items -> k.accept(ArrayValue.of(items)));
        }
        if (o instanceof Operand.SetOp s) {
            return evalItems(s.items(), 0, new Value[s.items().length], frame,
                    items -> k.accept(SetValue.of(items)));
        }
        if (o instanceof Operand.ObjectOp obj) {
            int n = obj.keys().length;
            Operand[] all = new Operand[2 * n];
            System.arraycopy(obj.keys(), 0, all, 0, n);
            System.arraycopy(obj.values(), 0, all, n, n);
            return evalItems(all, 0, new Value[2 * n], frame, items -> {
                ObjectValue.Builder b = ObjectValue.builder();
                for (int i = 0; i < n; i++) {
                    b.put(items.get(i), items.get(n + i));
                }
                return k.accept(b.build());
            });
        }
        if (o instanceof Operand.Comprehension c) {
            return k.accept(evalComprehension(c, frame));
        }
        throw new IllegalStateException("unknown operand " + o);
    }

    /** Receives the values of a list of operands, one combination at a time. */
    @FunctionalInterface
    private interface ItemsCont {
        boolean accept(List<Value> items);
    }

    private boolean evalItems(Operand[] items, int i, Value[] out, Value[] frame, ItemsCont k) {
        if (i == items.length) {
            return k.accept(java.util.Arrays.asList(out.clone()));
        }
        Value d = direct(items[i], frame);
        if (d != null) {
            if (d == UNDEFINED) {
                return false;
            }
            out[i] = d;
            return evalItems(items, i + 1, out, frame, k);
        }
        return evalOperand(items[i], frame, v -> {
            out[i] = v;
            return evalItems(items, i + 1, out, frame, k);
        });
    }

    private Value evalComprehension(Operand.Comprehension c, Value[] frame) {
        switch (c.kind()) {
            case ARRAY: {
                List<Value> out = new ArrayList<>();
                evalBody(c.body(), frame, () -> evalOperand(c.value(), frame, v -> {
                    out.add(v);
                    return false;
                }));
                return ArrayValue.of(out);
            }
            case SET: {
                TreeSet<Value> out = new TreeSet<>();
                evalBody(c.body(), frame, () -> evalOperand(c.value(), frame, v -> {
                    out.add(v);
                    return false;
                }));
                return SetValue.of(out);
            }
            default: {
                TreeMap<Value, Value> out = new TreeMap<>();
                evalBody(c.body(), frame, () -> evalOperand(c.key(), frame, key -> evalOperand(c.value(), frame, v -> {
                    Value existing = out.putIfAbsent(key, v);
                    if (existing != null && !existing.equals(v)) {
                        throw new RegoException(new RegoError(RegoError.EVAL_CONFLICT_ERROR,
                                "object keys must be unique", eval.where));
                    }
                    return false;
                })));
                return ObjectValue.of(out);
            }
        }
    }

    // --- refs -------------------------------------------------------------------------------------

    private boolean evalRef(Operand.RefOp r, Value[] frame, ValueCont k) {
        if (r.head() instanceof Operand.DataRoot) {
            return walkData(eval.rules(), eval.plan.base(), eval.overrides, r.path(), 0, frame, k);
        }
        Value head = direct(r.head(), frame);
        if (head != null) {
            return head != UNDEFINED && walk(head, r.path(), 0, frame, k);
        }
        return evalOperand(r.head(), frame, v -> walk(v, r.path(), 0, frame, k));
    }

    /** Follows {@code path[i..]} inside the ground value {@code cur}. */
    boolean walk(Value cur, Operand[] path, int i, Value[] frame, ValueCont k) {
        return walk(cur, path, i, frame, k, false);
    }

    /** As {@link #walk(Value, Operand[], int, Value[], ValueCont)}; {@code base} applies base-document key rules. */
    private boolean walk(Value cur, Operand[] path, int i, Value[] frame, ValueCont k, boolean base) {
        if (i == path.length) {
            return k.accept(cur);
        }
        Operand p = path[i];
        Value key = direct(p, frame);
        if (key != null) {
            if (key == UNDEFINED) {
                return false;
            }
            Value child = base ? baseLookup(cur, key) : ValueNav.lookup(cur, key);
            return child != null && walk(child, path, i + 1, frame, k, base);
        }
        if (p instanceof Operand.Local l) {
            int slot = l.slot();
            return ValueNav.forEach(cur, eval, (kv, child) -> {
                frame[slot] = kv;
                try {
                    return walk(child, path, i + 1, frame, k);
                } finally {
                    frame[slot] = null;
                }
            });
        }
        if (isPattern(p, frame)) {
            return ValueNav.forEach(cur, eval,
                    (kv, child) -> unifyValue(p, kv, frame, () -> walk(child, path, i + 1, frame, k)));
        }
        return evalOperand(p, frame, kv -> {
            Value child = ValueNav.lookup(cur, kv);
            return child != null && walk(child, path, i + 1, frame, k);
        });
    }

    /**
     * Follows {@code path[i..]} through {@code data}, where rules ({@code node}), base documents
     * ({@code base}) and {@code with} replacements ({@code ov}) meet. Any of the three may be null.
     */
    private boolean walkData(DataNode node, Value base, DataOverrides ov, Operand[] path, int i, Value[] frame,
            ValueCont k) {
        if (ov != null && ov.value() != null) {
            return walk(ov.value(), path, i, frame, k);
        }
        if (ov == null && (node == null || !node.hasRulesBelow())) {
            return base != null && walk(base, path, i, frame, k, true);
        }
        if (node != null && node.hasRules()) {
            Value v = rules.documentValue(node, base, ov);
            return v != null && walk(v, path, i, frame, k);
        }
        if (i == path.length) {
            Value v = rules.documentValue(node, base, ov);
            return v != null && k.accept(v);
        }
        Operand p = path[i];
        Value key = direct(p, frame);
        if (key != null) {
            return key != UNDEFINED && walkData(child(node, key), baseLookup(base, key),
                    ov == null ? null : ov.get(key), path, i + 1, frame, k);
        }
        if (!(p instanceof Operand.Local) && !isPattern(p, frame)) {
            return evalOperand(p, frame, kv -> walkData(child(node, kv), baseLookup(base, kv),
                    ov == null ? null : ov.get(kv), path, i + 1, frame, k));
        }
        // Enumerate the keys of base documents, rule children and replacements, in sorted order.
        TreeSet<Value> keys = new TreeSet<>();
        if (base instanceof ObjectValue bo) {
            keys.addAll(bo.keys());
        }
        if (node != null) {
            for (Map.Entry<Value, DataNode> e : node.children().entrySet()) {
                if (e.getValue().hasRulesBelow()) {
                    keys.add(e.getKey());
                }
            }
        }
        if (ov != null) {
            keys.addAll(ov.children().keySet());
        }
        for (Value kv : keys) {
            eval.tick();
            DataNode childNode = child(node, kv);
            if (childNode != null && childNode.isFunction()) {
                continue;
            }
            boolean stop = unifyValue(p, kv, frame, () -> walkData(childNode, ValueNav.lookup(base, kv),
                    ov == null ? null : ov.get(kv), path, i + 1, frame, k));
            if (stop) {
                return true;
            }
        }
        return false;
    }

    /**
     * A step into base documents. Their object keys are always strings (they come from JSON and
     * YAML), so like OPA's storage a number key also finds its decimal string form: {@code data[2]}
     * reads {@code {"2": ...}}.
     */
    private static Value baseLookup(Value base, Value key) {
        Value v = ValueNav.lookup(base, key);
        if (v == null && base instanceof ObjectValue o && key instanceof dev.authlint.rego.value.NumberValue n) {
            v = o.get(dev.authlint.rego.value.StringValue.of(n.toString()));
        }
        return v;
    }

    private static DataNode child(DataNode node, Value key) {
        return node == null ? null : node.get(key);
    }

    // --- errors -----------------------------------------------------------------------------------

    /** A variable read before anything bound it: the compiler's safety check should have caught it. */
    static RegoException unsafe(Operand o, dev.authlint.rego.ast.Location where) {
        String name = o instanceof Operand.Local l ? l.name() : String.valueOf(o);
        return new RegoException(new RegoError(RegoError.UNSAFE_VAR_ERROR, "var " + name + " is unsafe", where));
    }
}

package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.Operand;
import dev.authlint.rego.eval.plan.PlanRule;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Virtual documents: evaluates the rules stored at a data node (complete rules with their
 * {@code else} chains and defaults, multi-value rules, partial objects and nested ref heads),
 * detects conflicts, merges the result with child nodes, base documents and {@code with}
 * replacements, and caches it for the current {@code with} scope.
 */
final class RuleEvaluator {

    private final TopDown top;
    private final Evaluation eval;

    RuleEvaluator(TopDown top) {
        this.top = top;
        this.eval = top.eval;
    }

    /**
     * The document at a data node: its rules' value, or else an object merging base documents
     * with the values of child nodes. Null when undefined (a complete rule that produced nothing).
     */
    Value documentValue(DataNode node, Value base, DataOverrides ov) {
        if (ov != null && ov.value() != null) {
            return ov.value();
        }
        if (node == null || !node.hasRulesBelow()) {
            return ov == null ? base : ov.applyTo(base == null ? ObjectValue.EMPTY : base);
        }
        if (node.isFunction()) {
            // A function without parameters doubles as a document (regorus; OPA rejects the ref).
            return node.functionArity() == 0 ? top.calls.callUser(node, new Value[0]) : null;
        }
        Value result;
        if (node.hasRules()) {
            result = cachedRuleValue(node);
            if (result == null || node.children().isEmpty() || !(result instanceof ObjectValue)) {
                return ov == null || result == null ? result : ov.applyTo(result);
            }
            result = mergeChildren((ObjectValue) result, node, null, ov);
        } else {
            result = mergeChildren(base instanceof ObjectValue bo ? bo : ObjectValue.EMPTY, node, base, ov);
        }
        return ov == null ? result : ov.applyTo(result);
    }

    private ObjectValue mergeChildren(ObjectValue start, DataNode node, Value base, DataOverrides ov) {
        ObjectValue.Builder out = ObjectValue.builder().putAll(start);
        for (Map.Entry<Value, DataNode> e : node.children().entrySet()) {
            DataNode child = e.getValue();
            if (!child.hasRulesBelow() || child.isFunction()) {
                continue;
            }
            Value key = e.getKey();
            Value childValue = documentValue(child, ValueNav.lookup(base, key), ov == null ? null : ov.get(key));
            if (childValue == null) {
                continue;
            }
            Value existing = out.get(key);
            if (existing == null || (base != null && existing.equals(ValueNav.lookup(base, key)))) {
                out.put(key, childValue);
            } else {
                out.put(key, merge(existing, childValue, child));
            }
        }
        return out.build();
    }

    /**
     * Merges two documents produced for the same path by rules at different depths of a ref head
     * ({@code a[p][q] := 3} and {@code a.b.c := 1}): objects merge key by key, equal leaves agree,
     * anything else conflicts.
     */
    private static Value merge(Value a, Value b, DataNode where) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof ObjectValue ao && b instanceof ObjectValue bo) {
            ObjectValue.Builder out = ObjectValue.builder().putAll(ao);
            for (Map.Entry<Value, Value> e : bo.entries()) {
                Value mine = ao.get(e.getKey());
                out.put(e.getKey(), mine == null ? e.getValue() : merge(mine, e.getValue(), where));
            }
            return out.build();
        }
        throw conflict(where.path(), null, "object keys must be unique");
    }

    private Value cachedRuleValue(DataNode node) {
        Value cached = eval.cache.get(node);
        if (cached != null) {
            return cached == TopDown.UNDEFINED ? null : cached;
        }
        eval.enter(node, null);
        Value v;
        try {
            v = computeRuleValue(node);
        } finally {
            eval.leave(node);
        }
        eval.cache.put(node, v == null ? TopDown.UNDEFINED : v);
        return v;
    }

    private Value computeRuleValue(DataNode node) {
        PlanRule first = node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0);
        boolean objectShaped = false;
        for (PlanRule r : node.rules()) {
            objectShaped |= r.keyPath().length > 0;
        }
        if (objectShaped) {
            return partialObject(node);
        }
        if (first.kind() == PlanRule.RuleKind.MULTI_VALUE) {
            return partialSet(node);
        }
        return complete(node);
    }

    // --- complete rules ---------------------------------------------------------------------------

    private Value complete(DataNode node) {
        Value result = null;
        for (PlanRule rule : node.rules()) {
            Value v = evalChain(rule);
            if (v == null) {
                continue;
            }
            if (result == null) {
                result = v;
            } else if (!result.equals(v)) {
                throw conflict(rule.path(), rule.location(), "complete rules must not produce multiple outputs");
            }
        }
        if (result == null && node.defaultRule() != null) {
            result = evalChain(node.defaultRule());
        }
        return result;
    }

    /** The value of the first link of an {@code else} chain whose body succeeds, or null. */
    private Value evalChain(PlanRule rule) {
        Value[] frame = new Value[rule.frameSize()];
        for (PlanRule link = rule; link != null; link = link.elseRule()) {
            Value v = evalCompleteBody(link, frame);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private Value evalCompleteBody(PlanRule rule, Value[] frame) {
        Value[] out = new Value[1];
        // A constant value cannot conflict with itself: one solution is enough (OPA's early exit).
        boolean constant = rule.value() instanceof Operand.Const;
        PlanRule saved = eval.currentRule;
        eval.currentRule = rule;
        try {
            top.evalBody(rule.body(), frame, () -> top.evalOperand(rule.value(), frame, v -> {
                if (out[0] == null) {
                    out[0] = v;
                } else if (!out[0].equals(v)) {
                    throw conflict(rule.path(), rule.location(), "complete rules must not produce multiple outputs");
                }
                return constant;
            }));
        } finally {
            eval.currentRule = saved;
        }
        return out[0];
    }

    // --- multi-value rules ------------------------------------------------------------------------

    private Value partialSet(DataNode node) {
        TreeSet<Value> out = new TreeSet<>();
        for (PlanRule rule : node.rules()) {
            Value[] frame = new Value[rule.frameSize()];
            // A constant element is contributed by the first solution; later ones add nothing.
            boolean constant = rule.value() instanceof Operand.Const;
            PlanRule saved = eval.currentRule;
            eval.currentRule = rule;
            try {
                top.evalBody(rule.body(), frame, () -> top.evalOperand(rule.value(), frame, v -> {
                    out.add(v);
                    return constant;
                }));
            } finally {
                eval.currentRule = saved;
            }
        }
        return SetValue.of(out);
    }

    // --- partial objects and ref heads ------------------------------------------------------------

    /** A mutable tree of nested objects; leaves are values, or sets being built for multi-value rules. */
    private static final class Tree {
        final TreeMap<Value, Object> entries = new TreeMap<>();

        Value toValue() {
            ObjectValue.Builder b = ObjectValue.builder();
            for (Map.Entry<Value, Object> e : entries.entrySet()) {
                Object v = e.getValue();
                b.put(e.getKey(), v instanceof Tree t ? t.toValue()
                        : v instanceof TreeSet<?> s ? SetValue.of(castSet(s)) : (Value) v);
            }
            return b.build();
        }

        @SuppressWarnings("unchecked")
        private static TreeSet<Value> castSet(TreeSet<?> s) {
            return (TreeSet<Value>) s;
        }
    }

    private Value partialObject(DataNode node) {
        Tree root = new Tree();
        for (PlanRule rule : node.rules()) {
            Value[] frame = new Value[rule.frameSize()];
            PlanRule saved = eval.currentRule;
            eval.currentRule = rule;
            try {
                for (PlanRule link = rule; link != null; link = link.elseRule()) {
                    boolean[] any = new boolean[1];
                    PlanRule current = link;
                    boolean constant = isConstant(current);
                    top.evalBody(link.body(), frame, () -> evalKeys(current, frame, 0, new Value[current.keyPath().length],
                            keys -> top.evalOperand(current.value(), frame, v -> {
                                any[0] = true;
                                insert(root, keys, v, current);
                                return constant;
                            })));
                    if (any[0]) {
                        break;
                    }
                }
            } finally {
                eval.currentRule = saved;
            }
        }
        return root.toValue();
    }

    /** True when every key and the value of {@code rule}'s head are constants: one solution is enough. */
    private static boolean isConstant(PlanRule rule) {
        for (Operand k : rule.keyPath()) {
            if (!(k instanceof Operand.Const)) {
                return false;
            }
        }
        return rule.value() instanceof Operand.Const;
    }

    @FunctionalInterface
    private interface KeysCont {
        boolean accept(Value[] keys);
    }

    private boolean evalKeys(PlanRule rule, Value[] frame, int i, Value[] keys, KeysCont k) {
        if (i == keys.length) {
            return k.accept(keys.clone());
        }
        return top.evalOperand(rule.keyPath()[i], frame, key -> {
            keys[i] = key;
            return evalKeys(rule, frame, i + 1, keys, k);
        });
    }

    @SuppressWarnings("unchecked")
    private void insert(Tree root, Value[] keys, Value v, PlanRule rule) {
        Tree t = root;
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = t.entries.get(keys[i]);
            if (next == null) {
                Tree created = new Tree();
                t.entries.put(keys[i], created);
                t = created;
            } else if (next instanceof Tree nt) {
                t = nt;
            } else {
                throw conflict(rule.path(), rule.location(), "object keys must be unique");
            }
        }
        Value last = keys[keys.length - 1];
        Object existing = t.entries.get(last);
        if (rule.kind() == PlanRule.RuleKind.MULTI_VALUE) {
            if (existing == null) {
                TreeSet<Value> set = new TreeSet<>();
                set.add(v);
                t.entries.put(last, set);
            } else if (existing instanceof TreeSet<?> set) {
                ((TreeSet<Value>) set).add(v);
            } else {
                throw conflict(rule.path(), rule.location(), "object keys must be unique");
            }
            return;
        }
        if (existing == null) {
            t.entries.put(last, v);
        } else if (!(existing instanceof Value ev) || !ev.equals(v)) {
            throw conflict(rule.path(), rule.location(), "object keys must be unique");
        }
    }

    // --- errors -----------------------------------------------------------------------------------

    /** OPA's conflict error; the message holds the current text and, in parentheses, the older one. */
    static RegoException conflict(String path, Location location, String olderText) {
        String message = "rule " + path + " produced conflicting values (" + olderText + ")";
        return new RegoException(new RegoError(RegoError.EVAL_CONFLICT_ERROR, message, location));
    }
}

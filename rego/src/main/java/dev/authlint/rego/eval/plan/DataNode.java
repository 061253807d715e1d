package dev.authlint.rego.eval.plan;

import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A node of the rule tree under {@code data}: the rules stored at this path and the child nodes.
 * Base documents are not stored here; the evaluator merges them while walking.
 *
 * <p>Mutable only while the {@link dev.authlint.rego.eval.Planner} builds the tree; {@link #freeze()}
 * makes it read-only before it is shared between evaluations.
 */
public final class DataNode {

    private final String path;
    private final Value[] keys;
    private NavigableMap<Value, DataNode> children = new TreeMap<>();
    /** The same children for lookups: hashing beats the ordered map's value comparisons on hot refs. */
    private Map<Value, DataNode> index = new HashMap<>();
    private List<PlanRule> rules = new ArrayList<>();
    private PlanRule defaultRule;
    private int functionArity = -1;
    private boolean hasRulesBelow;
    private boolean isPackage;
    private boolean declaresRules;
    private boolean frozen;

    private DataNode(String path, Value[] keys) {
        this.path = path;
        this.keys = keys;
    }

    /** The root node, {@code data}. */
    public static DataNode root() {
        return new DataNode("data", new Value[0]);
    }

    /** The child at {@code key}, created if absent (planning only). */
    public DataNode child(Value key) {
        DataNode existing = children.get(key);
        if (existing != null) {
            return existing;
        }
        checkMutable();
        Value[] childKeys = java.util.Arrays.copyOf(keys, keys.length + 1);
        childKeys[keys.length] = key;
        String childPath = key instanceof StringValue s && isIdentifier(s.value())
                ? path + "." + s.value()
                : path + "[" + key.toRegoString() + "]";
        DataNode child = new DataNode(childPath, childKeys);
        children.put(key, child);
        index.put(key, child);
        return child;
    }

    /** Adds a rule definition stored at this node (planning only). */
    public void addRule(PlanRule rule) {
        checkMutable();
        if (rule.isDefault()) {
            defaultRule = rule;
        } else {
            rules.add(rule);
        }
        if (rule.kind() == PlanRule.RuleKind.FUNCTION) {
            functionArity = rule.args().length;
        }
    }

    /** Declares that functions of {@code arity} are stored here, before their bodies are planned (planning only). */
    public void markFunction(int arity) {
        checkMutable();
        functionArity = arity;
    }

    /** Records, before bodies are planned, that rules will be stored here (planning only). */
    public void markRules() {
        checkMutable();
        declaresRules = true;
    }

    /** True when rules are or will be stored here; unlike {@link #hasRules()} valid while planning. */
    public boolean declaresRules() {
        return declaresRules || hasRules();
    }

    /** Marks this node as a package: it exists as an object even when it holds no rules (planning only). */
    public void markPackage() {
        checkMutable();
        isPackage = true;
    }

    /**
     * Makes this subtree read-only and computes derived facts; returns whether it holds rules or
     * packages (which make it part of the virtual document).
     */
    public boolean freeze() {
        boolean any = !rules.isEmpty() || defaultRule != null || isPackage;
        for (DataNode child : children.values()) {
            any |= child.freeze();
        }
        children = Collections.unmodifiableNavigableMap(children);
        index = Map.copyOf(index);
        rules = List.copyOf(rules);
        hasRulesBelow = any;
        frozen = true;
        return any;
    }

    /** The data path, e.g. {@code data.test.p}. */
    public String path() {
        return path;
    }

    /** The keys from {@code data} to this node. */
    public Value[] keys() {
        return keys.clone();
    }

    /** The child at {@code key}, or null. */
    public DataNode get(Value key) {
        return index.get(key);
    }

    /** Children in key order. */
    public NavigableMap<Value, DataNode> children() {
        return children;
    }

    /** The non-default rules stored at this node, in source order. */
    public List<PlanRule> rules() {
        return rules;
    }

    /** The {@code default} rule, or null. */
    public PlanRule defaultRule() {
        return defaultRule;
    }

    /** True when rules (of any kind, including defaults) are stored at this node. */
    public boolean hasRules() {
        return !rules.isEmpty() || defaultRule != null;
    }

    /** True when this node holds function definitions. */
    public boolean isFunction() {
        return functionArity >= 0;
    }

    /** The arity of the functions stored here, or -1. */
    public int functionArity() {
        return functionArity;
    }

    /** True when this node or a descendant holds rules or is a package (computed by {@link #freeze()}). */
    public boolean hasRulesBelow() {
        return hasRulesBelow;
    }

    private void checkMutable() {
        if (frozen) {
            throw new IllegalStateException("data node " + path + " is frozen");
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return path;
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The tree of data paths to rules, as OPA's {@code TreeNode}: the root stands for {@code data};
 * each node is keyed by one path element and holds the rules whose head ref's ground prefix ends
 * there. For {@code package a} with {@code b.c[x] := 1}, the rule sits at {@code data.a.b.c}.
 * Children are sorted in Rego's value order. Immutable.
 */
public final class RuleTree {

    private final Value key;
    private final List<Rule> rules;
    private final NavigableMap<Value, RuleTree> children;

    private RuleTree(Value key, List<Rule> rules, NavigableMap<Value, RuleTree> children) {
        this.key = key;
        this.rules = rules;
        this.children = children;
    }

    /** Builds the tree of all rules of {@code modules}; a package without rules still gets its node. */
    static RuleTree build(List<Module> modules) {
        Mutable root = new Mutable(StringValue.of("data"));
        for (Module m : modules) {
            root.descend(groundKeys(m.pkg().path()));
            for (Rule r : m.rules()) {
                root.descend(groundKeys(r.path())).rules.add(r);
            }
        }
        return root.freeze();
    }

    /** The keys after {@code data} of the ground prefix of an absolute ref. */
    static List<Value> groundKeys(Ref ref) {
        List<Value> keys = new ArrayList<>();
        for (Term t : ref.path()) {
            if (!(t instanceof Scalar s)) {
                break;
            }
            keys.add(s.value());
        }
        return keys;
    }

    /** This node's key ({@code "data"} for the root). */
    public Value key() {
        return key;
    }

    /** The rules defined exactly at this node, in module order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Child nodes by key, sorted. */
    public NavigableMap<Value, RuleTree> children() {
        return children;
    }

    /** The child with this key, or null. */
    public RuleTree child(Value k) {
        return children.get(k);
    }

    /** The node at this path of keys below this node, or null. */
    public RuleTree find(List<Value> path) {
        RuleTree node = this;
        for (Value k : path) {
            node = node.child(k);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** True if this node or any node below it holds rules. */
    public boolean hasRules() {
        if (!rules.isEmpty()) {
            return true;
        }
        for (RuleTree c : children.values()) {
            if (c.hasRules()) {
                return true;
            }
        }
        return false;
    }

    /** Every rule at or below this node. */
    public List<Rule> allRules() {
        List<Rule> out = new ArrayList<>();
        depthFirst(n -> {
            out.addAll(n.rules);
            return false;
        });
        return out;
    }

    /** Visits nodes depth-first in key order; if {@code f} returns true the node's children are skipped. */
    public void depthFirst(Predicate<RuleTree> f) {
        if (f.test(this)) {
            return;
        }
        for (RuleTree c : children.values()) {
            c.depthFirst(f);
        }
    }

    /** Rules exactly at an absolute ref such as {@code data.pkg.f} (empty if not all elements are constants). */
    List<Rule> rulesExact(Ref ref) {
        if (!ref.hasHead("data")) {
            return List.of();
        }
        List<Value> keys = groundKeys(ref);
        if (keys.size() != ref.path().size()) {
            return List.of();
        }
        RuleTree node = find(keys);
        return node == null ? List.of() : node.rules;
    }

    /**
     * Rules an absolute ref may refer to, as OPA's GetRulesDynamic: constant elements descend, other
     * elements try every child, and everything below the end of the ref is included.
     */
    Set<Rule> rulesDynamic(Ref ref) {
        Set<Rule> out = new LinkedHashSet<>();
        if (ref.hasHead("data")) {
            walkDynamic(this, ref.path(), 0, out);
        }
        return out;
    }

    private static void walkDynamic(RuleTree node, List<Term> path, int i, Set<Rule> out) {
        if (i >= path.size()) {
            out.addAll(node.allRules());
            return;
        }
        Term t = path.get(i);
        if (t instanceof Scalar s) {
            RuleTree child = node.child(s.value());
            if (child != null) {
                out.addAll(child.rules);
                walkDynamic(child, path, i + 1, out);
            }
            return;
        }
        for (RuleTree child : node.children.values()) {
            out.addAll(child.rules);
            walkDynamic(child, path, i + 1, out);
        }
    }

    @Override
    public String toString() {
        return "RuleTree[" + key + ", rules=" + rules.size() + ", children=" + children.keySet() + "]";
    }

    private static final class Mutable {
        final Value key;
        final List<Rule> rules = new ArrayList<>();
        final Map<Value, Mutable> children = new TreeMap<>();

        Mutable(Value key) {
            this.key = key;
        }

        Mutable descend(List<Value> keys) {
            Mutable node = this;
            for (Value k : keys) {
                node = node.children.computeIfAbsent(k, Mutable::new);
            }
            return node;
        }

        RuleTree freeze() {
            TreeMap<Value, RuleTree> frozen = new TreeMap<>();
            children.forEach((k, v) -> frozen.put(k, v.freeze()));
            return new RuleTree(key, List.copyOf(rules), Collections.unmodifiableNavigableMap(frozen));
        }
    }
}

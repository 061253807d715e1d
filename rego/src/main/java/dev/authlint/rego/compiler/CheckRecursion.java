package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects rules that depend on themselves, directly or through other rules:
 * "rule data.test.p is recursive: data.test.p -&gt; data.test.q -&gt; data.test.p". Dependencies are
 * every rule a ref or call in the rule (head, body, else branches) may refer to (OPA's SetGraph).
 */
final class CheckRecursion implements CompilerStage {

    @Override
    public String name() {
        return "CheckRecursion";
    }

    @Override
    public void run(CompileContext ctx) {
        RuleTree tree = ctx.ruleTree();
        Map<Rule, Set<Rule>> graph = new IdentityHashMap<>();
        for (Module m : ctx.modules()) {
            for (Rule top : m.rules()) {
                for (Rule r : top.elseChain()) {
                    Set<Rule> deps = Collections.newSetFromMap(new IdentityHashMap<>());
                    AstWalker.terms(r.withElse(null), t -> {
                        Ref ref = t instanceof Ref x ? x : t instanceof Call c ? c.operator() : null;
                        if (ref != null) {
                            for (Rule dep : tree.rulesDynamic(ref)) {
                                deps.addAll(dep.elseChain());
                            }
                        }
                        return false;
                    });
                    graph.put(r, deps);
                }
            }
        }
        tree.depthFirst(node -> {
            for (Rule top : node.rules()) {
                for (Rule r : top.elseChain()) {
                    List<Rule> path = path(graph, r, r, Collections.newSetFromMap(new IdentityHashMap<>()));
                    if (!path.isEmpty()) {
                        List<String> names = new ArrayList<>();
                        path.forEach(x -> names.add(CheckRuleConflicts.displayPath(ctx, x)));
                        if (!ctx.error(RegoError.RECURSION_ERROR, r.location(), "rule %s is recursive: %s",
                                CheckRuleConflicts.displayPath(ctx, r), String.join(" -> ", names))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** A dependency path from {@code from} back to {@code target} (both ends included), or empty. */
    private static List<Rule> path(Map<Rule, Set<Rule>> graph, Rule from, Rule target, Set<Rule> visited) {
        if (!visited.add(from)) {
            return List.of();
        }
        for (Rule next : graph.getOrDefault(from, Set.of())) {
            if (next == target) {
                List<Rule> p = new ArrayList<>();
                p.add(from);
                p.add(target);
                return p;
            }
            List<Rule> rest = path(graph, next, target, visited);
            if (!rest.isEmpty()) {
                List<Rule> p = new ArrayList<>();
                p.add(from);
                p.addAll(rest);
                return p;
            }
        }
        return List.of();
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleKind;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules at one path must agree: same kind (single-value, multi-value), same arity, at most one
 * {@code default}; a single-value rule with a constant path may have no rules below it; and no
 * package may sit inside a rule's document.
 */
final class CheckRuleConflicts implements CompilerStage {

    @Override
    public String name() {
        return "CheckRuleConflicts";
    }

    @Override
    public void run(CompileContext ctx) {
        ctx.ruleTree().depthFirst(node -> {
            if (node.rules().isEmpty()) {
                return false;
            }
            Set<RuleKind> kinds = new HashSet<>();
            Set<Integer> arities = new HashSet<>();
            int complete = 0;
            int partial = 0;
            List<Rule> defaults = new ArrayList<>();
            String name = "";
            List<String> conflicts = null;
            for (Rule r : node.rules()) {
                name = displayPath(ctx, r);
                kinds.add(r.kind() == RuleKind.FUNCTION ? RuleKind.COMPLETE : r.kind());
                arities.add(r.head().args().size());
                if (r.isDefault()) {
                    defaults.add(r);
                }
                boolean groundRef = r.head().ref().path().stream().allMatch(Term::isGround);
                if (groundRef && !node.children().isEmpty()) {
                    conflicts = childRefs(ctx, node);
                }
                if (r.kind() != RuleKind.MULTI_VALUE && groundRef) {
                    complete++;
                } else {
                    partial++;
                }
            }
            Rule first = node.rules().get(0);
            if (conflicts != null) {
                return !ctx.error(RegoError.TYPE_ERROR, first.location(), "rule %s conflicts with [%s]", name,
                        String.join(" ", conflicts));
            }
            if (kinds.size() > 1 || arities.size() > 1 || (complete >= 1 && partial >= 1)) {
                return !ctx.error(RegoError.TYPE_ERROR, first.location(), "conflicting rules %s found", name);
            }
            if (defaults.size() > 1) {
                StringBuilder where = new StringBuilder();
                for (Rule d : defaults) {
                    where.append(where.length() == 0 ? "" : ", ").append(shortLocation(d.location()));
                }
                return !ctx.error(RegoError.TYPE_ERROR, defaults.get(0).pkg().location(),
                        "multiple default rules %s found at %s", name, where);
            }
            return false;
        });
        checkPackageConflicts(ctx);
    }

    /** A package path inside the document of a rule with a constant path, e.g. package a.b next to rule a.b. */
    private static void checkPackageConflicts(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule r : m.rules()) {
                Ref path = r.path();
                if (!path.path().stream().allMatch(Term::isGround)) {
                    continue;
                }
                for (Module other : ctx.modules()) {
                    if (other != m && other.pkg().path().hasPrefix(path)) {
                        if (!ctx.error(RegoError.TYPE_ERROR, other.pkg().location(), "%s conflicts with rule %s defined at %s",
                                other.pkg(), r.head().ref(), shortLocation(r.location()))) {
                            return;
                        }
                    }
                }
            }
        }
    }

    private static List<String> childRefs(CompileContext ctx, RuleTree node) {
        Set<String> refs = new TreeSet<>();
        for (RuleTree child : node.children().values()) {
            child.allRules().forEach(r -> refs.add(displayPath(ctx, r)));
        }
        return new ArrayList<>(refs);
    }

    /** The rule's absolute path with generated vars shown by their user names. */
    static String displayPath(CompileContext ctx, Rule r) {
        Ref path = r.path();
        List<Term> elements = new ArrayList<>();
        for (Term t : path.path()) {
            elements.add(t instanceof Var v ? new Var(ctx.userName(v), v.location()) : t);
        }
        return new Ref(path.head(), elements, path.location()).toString();
    }

    /** OPA prints locations in messages as file:row. */
    static String shortLocation(Location l) {
        return l.file() == null || l.file().isEmpty() ? l.row() + ":" + l.col() : l.file() + ":" + l.row();
    }
}

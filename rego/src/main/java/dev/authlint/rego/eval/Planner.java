package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Import;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleKind;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.Operand;
import dev.authlint.rego.eval.plan.PlanRule;
import dev.authlint.rego.eval.plan.PolicyPlan;
import dev.authlint.rego.eval.plan.QueryPlan;
import dev.authlint.rego.eval.plan.Step;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns compiled modules into the evaluator's executable plan: builds the rule tree under
 * {@code data}, resolves rule and import references, assigns variables to frame slots, folds
 * constant literals, and classifies calls and {@code with} targets once, so evaluations do no
 * name lookups.
 *
 * <p>It accepts modules straight from the parser too: references that the compiler would make
 * absolute are resolved here the same way, and bodies are put in a safe order by
 * {@link SafetyOrder}.
 */
public final class Planner {

    private final BuiltinRegistry builtins;
    private final DataNode root = DataNode.root();
    /** Rule names (first head element) per package path, across all modules of that package. */
    private final Map<List<Value>, Set<String>> ruleNames = new HashMap<>();

    private Planner(BuiltinRegistry builtins) {
        this.builtins = builtins;
    }

    /**
     * Plans {@code modules}.
     *
     * @throws RegoException when a call names no known function
     */
    public static Planner plan(List<Module> modules, BuiltinRegistry builtins) {
        Planner planner = new Planner(builtins);
        planner.build(modules);
        return planner;
    }

    /** The executable policy with {@code base} as the base documents. */
    public PolicyPlan policy(ObjectValue base) {
        return new PolicyPlan(root, base == null ? ObjectValue.EMPTY : base);
    }

    /**
     * Plans a query. {@code resultVars} maps the query's variables (as compiled) to the names the
     * user wrote; exactly these are reported in results. When null (an uncompiled query), every
     * variable the user wrote is reported.
     */
    public QueryPlan query(Body body, Map<String, String> resultVars) {
        ModuleContext ctx = new ModuleContext(List.of(), Set.of(), Map.of());
        Scope scope = Scope.newFrame();
        Lowering lowering = new Lowering(this, ctx);
        List<dev.authlint.rego.ast.Expr> exprs = body.exprs();
        int[] valueSlots = new int[exprs.size()];
        Map<dev.authlint.rego.ast.Expr, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < exprs.size(); i++) {
            valueSlots[i] = scope.anonymous();
            slotOf.put(exprs.get(i), valueSlots[i]);
        }
        // OPA captures the value of a lone query expression, so `data.p.allow` yields false rather
        // than nothing; with several expressions or iteration a false value fails the query.
        boolean keepFalse = exprs.size() == 1 && !iterates(exprs.get(0));
        Step[] steps = lowering.body(body, scope, Set.of(), slotOf, keepFalse);
        Map<String, QueryPlan.Output> outputs = new LinkedHashMap<>();
        if (resultVars != null) {
            resultVars.forEach((compiled, user) -> {
                int slot = scope.lookup(compiled);
                if (slot >= 0) {
                    outputs.put(user, new QueryPlan.Output(user, slot));
                }
            });
        } else {
            for (dev.authlint.rego.ast.Expr e : exprs) {
                e.walkVars(v -> collectOutput(v, scope, Map.of(), outputs));
            }
        }
        return new QueryPlan(new dev.authlint.rego.eval.plan.Body(steps), scope.frameSize(),
                List.copyOf(outputs.values()), valueSlots);
    }

    /** True when {@code e} has a ref with a variable after its head (it may have several solutions). */
    private static boolean iterates(dev.authlint.rego.ast.Expr e) {
        boolean[] found = {false};
        if (e.statement() instanceof dev.authlint.rego.ast.Term t) {
            refsWithVars(t, found);
        } else if (!(e.statement() instanceof dev.authlint.rego.ast.SomeDecl)) {
            found[0] = true;
        }
        return found[0];
    }

    private static void refsWithVars(Term t, boolean[] found) {
        if (t instanceof Ref r) {
            refsWithVars(r.head(), found);
            for (Term p : r.path()) {
                if (!(p instanceof dev.authlint.rego.ast.Scalar)) {
                    dev.authlint.rego.ast.Terms.walkVars(p, v -> found[0] = true);
                }
                refsWithVars(p, found);
            }
        } else if (t instanceof dev.authlint.rego.ast.Call c) {
            c.args().forEach(a -> refsWithVars(a, found));
        } else if (t instanceof dev.authlint.rego.ast.ArrayTerm a) {
            a.elements().forEach(x -> refsWithVars(x, found));
        } else if (t instanceof dev.authlint.rego.ast.SetTerm s) {
            s.elements().forEach(x -> refsWithVars(x, found));
        } else if (t instanceof dev.authlint.rego.ast.ObjectTerm o) {
            o.entries().forEach(x -> {
                refsWithVars(x.key(), found);
                refsWithVars(x.value(), found);
            });
        }
    }

    private static void collectOutput(Var v, Scope scope, Map<String, String> userNames,
            Map<String, QueryPlan.Output> outputs) {
        String name = userNames.getOrDefault(v.name(), v.name());
        if (v.isWildcard() || name.startsWith("__local") || name.equals("input") || name.equals("data")) {
            return;
        }
        int slot = scope.lookup(v.name());
        if (slot >= 0 && !outputs.containsKey(name)) {
            outputs.put(name, new QueryPlan.Output(name, slot));
        }
    }

    // --- rule tree --------------------------------------------------------------------------------

    /** Name resolution facts of one module. */
    record ModuleContext(List<Value> pkg, Set<String> ruleNames, Map<String, Ref> imports) {
    }

    private void build(List<Module> modules) {
        for (Module m : modules) {
            List<Value> pkg = packageKeys(m);
            Set<String> names = ruleNames.computeIfAbsent(pkg, k -> new HashSet<>());
            for (Rule r : m.rules()) {
                names.add(r.head().name());
            }
        }
        // Create every node first so that calls can point at function nodes in any order.
        List<Runnable> planRules = new ArrayList<>();
        for (Module m : modules) {
            ModuleContext ctx = context(m);
            DataNode pkgNode = root;
            for (Value k : ctx.pkg()) {
                pkgNode = pkgNode.child(k);
            }
            pkgNode.markPackage();
            for (Rule r : m.rules()) {
                RulePlacement placement = place(ctx, r);
                planRules.add(() -> placement.node().addRule(new RulePlanner(this, ctx).plan(r, placement)));
            }
        }
        planRules.forEach(Runnable::run);
        root.freeze();
    }

    private ModuleContext context(Module m) {
        List<Value> pkg = packageKeys(m);
        Map<String, Ref> imports = new HashMap<>();
        for (Import imp : m.imports()) {
            Ref path = imp.path();
            if (path.hasHead("future") || path.hasHead("rego")) {
                continue;
            }
            String alias = imp.alias();
            if (alias == null || alias.isEmpty()) {
                alias = path.path().isEmpty() ? path.headVar().name()
                        : ((dev.authlint.rego.ast.Scalar) path.path().get(path.path().size() - 1)).stringValue();
            }
            if (alias != null) {
                imports.put(alias, path);
            }
        }
        return new ModuleContext(pkg, ruleNames.getOrDefault(pkg, Set.of()), imports);
    }

    private static List<Value> packageKeys(Module m) {
        Ref path = m.pkg().path();
        List<Value> keys = new ArrayList<>();
        if (!path.hasHead("data")) {
            keys.add(dev.authlint.rego.value.StringValue.of(path.headVar().name()));
        }
        for (Term t : path.path()) {
            Value v = Constants.valueOf(t);
            if (v == null) {
                throw new IllegalArgumentException("package path must be constant: " + path);
            }
            keys.add(v);
        }
        return keys;
    }

    /** Where a rule is stored and which head ref elements remain as its key path. */
    record RulePlacement(DataNode node, List<Term> keyPath) {
    }

    private RulePlacement place(ModuleContext ctx, Rule r) {
        DataNode node = root;
        for (Value k : ctx.pkg()) {
            node = node.child(k);
        }
        List<Term> headPath = r.head().refAsPath();
        int i = 0;
        for (; i < headPath.size(); i++) {
            Value key = Constants.valueOf(headPath.get(i));
            if (key == null) {
                break;
            }
            node = node.child(key);
        }
        node.markRules();
        if (r.kind() == RuleKind.FUNCTION) {
            node.markFunction(r.head().args().size());
        }
        return new RulePlacement(node, List.copyOf(headPath.subList(i, headPath.size())));
    }

    // --- lookups used while lowering --------------------------------------------------------------

    BuiltinRegistry builtins() {
        return builtins;
    }

    /** The node at the given keys below {@code data}, or null. */
    DataNode nodeAt(List<Value> keys) {
        DataNode node = root;
        for (Value k : keys) {
            node = node.get(k);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The rule names defined in the package {@code pkg}. */
    Set<String> ruleNamesIn(List<Value> pkg) {
        return ruleNames.getOrDefault(pkg, Set.of());
    }

    static RegoException planError(String code, String message, Location location) {
        return new RegoException(new RegoError(code, message, location));
    }

    /** Plans one rule chain with its own frame. */
    private static final class RulePlanner {
        private final Planner planner;
        private final ModuleContext ctx;

        RulePlanner(Planner planner, ModuleContext ctx) {
            this.planner = planner;
            this.ctx = ctx;
        }

        PlanRule plan(Rule rule, RulePlacement placement) {
            Scope frame = Scope.newFrame();
            Lowering lowering = new Lowering(planner, ctx);
            PlanRule.RuleKind kind = switch (rule.kind()) {
                case COMPLETE -> PlanRule.RuleKind.COMPLETE;
                case MULTI_VALUE -> PlanRule.RuleKind.MULTI_VALUE;
                case FUNCTION -> PlanRule.RuleKind.FUNCTION;
            };
            Operand[] args = new Operand[rule.head().args().size()];
            Set<String> bound = new HashSet<>();
            for (int i = 0; i < args.length; i++) {
                Term arg = rule.head().args().get(i);
                dev.authlint.rego.ast.Terms.walkVars(arg, v -> {
                    if (frame.lookup(v.name()) < 0) {
                        frame.declare(v.name());
                    }
                    bound.add(v.name());
                });
                args[i] = lowering.term(arg, frame);
            }
            List<Rule> chain = rule.elseChain();
            int n = chain.size();
            Operand[][] keyPaths = new Operand[n][];
            Operand[] values = new Operand[n];
            dev.authlint.rego.eval.plan.Body[] bodies = new dev.authlint.rego.eval.plan.Body[n];
            for (int i = 0; i < n; i++) {
                Rule link = chain.get(i);
                Scope scope = frame.child();
                bodies[i] = new dev.authlint.rego.eval.plan.Body(
                        lowering.body(link.body(), scope, bound, Map.of()));
                List<Term> keyTerms = placement.keyPath();
                keyPaths[i] = new Operand[keyTerms.size()];
                for (int j = 0; j < keyTerms.size(); j++) {
                    keyPaths[i][j] = lowering.term(keyTerms.get(j), scope);
                }
                Term valueTerm = rule.kind() == RuleKind.MULTI_VALUE ? link.head().key() : link.head().value();
                if (valueTerm == null && rule.kind() == RuleKind.MULTI_VALUE) {
                    valueTerm = link.head().value();
                }
                values[i] = valueTerm == null ? new Operand.Const(dev.authlint.rego.value.BooleanValue.TRUE)
                        : lowering.term(valueTerm, scope);
            }
            String path = placement.node().path();
            PlanRule next = null;
            for (int i = n - 1; i >= 0; i--) {
                Rule link = chain.get(i);
                next = new PlanRule(kind, path, keyPaths[i], values[i], args, bodies[i], next, frame.frameSize(),
                        link.location(), i == 0 && rule.isDefault());
            }
            return next;
        }
    }
}

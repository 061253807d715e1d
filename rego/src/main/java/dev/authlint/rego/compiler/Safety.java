package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.Statement;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Orders a body so every expression runs after the expressions that bind the variables it reads,
 * as OPA's {@code reorderBodyForSafety}. Expressions are moved only as far as needed: each pass
 * appends, in source order, every expression whose inputs are already bound.
 *
 * <pre>
 * p if { x &gt; 1; x := input.n }   ==&gt;   p if { x := input.n; x &gt; 1 }
 * </pre>
 *
 * <p>What an expression binds follows OPA: unification binds the unbound side from the bound
 * side (element-wise for arrays and objects), a call binds its extra output argument when its
 * inputs are bound, a ref with a bound head binds the vars in its path ({@code input.xs[i]}),
 * negated expressions bind nothing. Comprehension and {@code every} bodies are ordered
 * recursively with the outer bound vars visible. Nested calls are not flattened (as OPA's
 * RewriteExprTerms would do); their arguments simply count as inputs.
 */
final class Safety {

    /** The ordered body, and the unbound vars of each expression that could not be placed. */
    record Result(Body body, Map<Expr, Set<Var>> unsafe) {
        boolean ok() {
            return unsafe.isEmpty();
        }
    }

    private final ToIntFunction<Ref> arity;
    private final java.util.function.Predicate<String> builtin;
    /** SAFETY vars, with builtin names used as `with` values not counted as variables. */
    private final VarVisitor safetyVars;

    Safety(CompileContext ctx) {
        this.arity = ctx::arity;
        this.builtin = ctx::isBuiltin;
        this.safetyVars = VarVisitor.SAFETY.withFunctionNames(ctx::isBuiltin);
    }

    Result reorder(Set<Var> globals, Body body) {
        Set<Var> bodyVars = safetyVars.vars(body);
        Set<Var> safe = new LinkedHashSet<>(bodyVars);
        safe.retainAll(globals);
        Map<Expr, Set<Var>> unsafe = new IdentityHashMap<>();
        for (Expr e : body.exprs()) {
            for (Var v : safetyVars.vars(e)) {
                if (!safe.contains(v)) {
                    unsafe.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(v);
                }
            }
        }

        List<Expr> reordered = new ArrayList<>();
        Set<Expr> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            int n = reordered.size();
            for (Expr e : body.exprs()) {
                if (placed.contains(e)) {
                    continue;
                }
                Set<Var> outputs = outputVars(e, safe);
                // Closures may read vars of this body: those must be bound by what is already placed.
                Set<Var> closureVars = closureVars(e);
                closureVars.retainAll(bodyVars);
                closureVars.removeAll(globals);
                Set<Var> boundSoFar = outputVarsForBody(reordered, safe);
                Set<Var> missing = new LinkedHashSet<>(closureVars);
                missing.removeAll(boundSoFar);
                if (!missing.isEmpty()) {
                    if (missing.equals(outputs)) {
                        continue; // the expression binds what its own closure reads ("closure-self")
                    }
                    unsafe.put(e, missing);
                }
                Set<Var> u = unsafe.get(e);
                if (u != null) {
                    u.removeIf(v -> outputs.contains(v) || safe.contains(v));
                }
                if (u == null || u.isEmpty()) {
                    unsafe.remove(e);
                    reordered.add(e);
                    placed.add(e);
                    safe.addAll(outputs);
                }
            }
            if (reordered.size() == n) {
                break;
            }
        }
        for (Expr e : body.exprs()) {
            if (!placed.contains(e)) {
                reordered.add(e); // keep unplaceable expressions so errors can point at them
            }
        }

        // Order closure bodies, with every var of the preceding expressions visible.
        Set<Var> visible = new LinkedHashSet<>(globals);
        List<Expr> result = new ArrayList<>(reordered.size());
        for (int i = 0; i < reordered.size(); i++) {
            if (i > 0) {
                visible.addAll(safetyVars.vars(reordered.get(i - 1)));
            }
            Expr e = reordered.get(i);
            ClosureOrderer orderer = new ClosureOrderer(visible, unsafe, e);
            Expr ordered = orderer.expr(e);
            if (ordered != e && unsafe.containsKey(e)) {
                unsafe.put(ordered, unsafe.remove(e));
            }
            result.add(ordered);
        }
        return new Result(new Body(result, body.location()), unsafe);
    }

    /** Orders comprehension and every bodies inside one expression. */
    private final class ClosureOrderer extends AstTransformer {
        private final Set<Var> globals;
        private final Map<Expr, Set<Var>> unsafe;
        private final Expr current;

        ClosureOrderer(Set<Var> globals, Map<Expr, Set<Var>> unsafe, Expr current) {
            this.globals = new LinkedHashSet<>(globals);
            this.unsafe = unsafe;
            this.current = current;
        }

        @Override
        Expr expr(Expr e) {
            if (e.statement() instanceof Every ev) {
                Set<Var> kv = new LinkedHashSet<>();
                if (ev.key() != null) {
                    kv.addAll(VarVisitor.ALL.vars(ev.key()));
                }
                kv.addAll(VarVisitor.ALL.vars(ev.value()));
                globals.addAll(kv);
                Body body = orderClosure(Set.of(), ev.body());
                Term domain = term(ev.domain());
                return new Expr(new Every(ev.key(), ev.value(), domain, body, ev.location()), e.negated(),
                        e.withs().stream().map(this::with).toList(), e.location());
            }
            return super.expr(e);
        }

        @Override
        Term term(Term t) {
            if (t instanceof ArrayComprehension c) {
                return new ArrayComprehension(c.term(), orderClosure(VarVisitor.TERM.vars(c.term()), c.body()),
                        c.location());
            }
            if (t instanceof SetComprehension c) {
                return new SetComprehension(c.term(), orderClosure(VarVisitor.TERM.vars(c.term()), c.body()),
                        c.location());
            }
            if (t instanceof ObjectComprehension c) {
                Set<Var> tv = new LinkedHashSet<>(VarVisitor.TERM.vars(c.key()));
                tv.addAll(VarVisitor.TERM.vars(c.value()));
                return new ObjectComprehension(c.key(), c.value(), orderClosure(tv, c.body()), c.location());
            }
            return super.term(t);
        }

        private Body orderClosure(Set<Var> termVars, Body body) {
            Set<Var> bound = new LinkedHashSet<>(safetyVars.vars(body));
            bound.addAll(globals);
            for (Var v : termVars) {
                if (!bound.contains(v)) {
                    unsafe.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(v);
                }
            }
            Result r = reorder(globals, body);
            if (r.ok()) {
                return r.body();
            }
            r.unsafe().forEach((e, vs) -> unsafe.computeIfAbsent(e, k -> new LinkedHashSet<>()).addAll(vs));
            return body;
        }
    }

    /** Vars inside the closures (comprehensions, every bodies) of an expression. */
    private Set<Var> closureVars(Expr e) {
        Set<Var> out = new LinkedHashSet<>();
        if (e.statement() instanceof Every ev) {
            ev.body().exprs().forEach(x -> out.addAll(safetyVars.vars(x)));
            ev.body().exprs().forEach(x -> out.addAll(closureVars(x)));
        }
        AstWalker.shallowTerms(e, t -> {
            if (AstWalker.isClosure(t)) {
                out.addAll(VarVisitor.TERM.vars(t));
                return true;
            }
            return false;
        });
        return out;
    }

    private boolean isFunctionName(Term t) {
        String name = t instanceof Var v ? v.name() : t instanceof Ref r ? r.toDottedName() : null;
        return name != null && builtin.test(name);
    }

    Set<Var> outputVarsForBody(List<Expr> exprs, Set<Var> safe) {
        Set<Var> o = new LinkedHashSet<>(safe);
        for (Expr e : exprs) {
            o.addAll(outputVars(e, o));
        }
        o.removeAll(safe);
        return o;
    }

    /** The vars an expression binds when {@code safe} vars are already bound (OPA's outputVarsForExpr). */
    Set<Var> outputVars(Expr e, Set<Var> safe) {
        if (e.negated()) {
            return Set.of();
        }
        for (With w : e.withs()) {
            if (isFunctionName(w.value())) {
                continue; // `with count as mock_count`: a function, nothing to bind
            }
            Set<Var> needed = VarVisitor.SAFETY.vars(w.value());
            if (!safe.containsAll(needed)) {
                return Set.of();
            }
        }
        Statement s = e.statement();
        if (s instanceof Every ev) {
            return outputVarsForTerms(ev.domain(), safe);
        }
        if (!(s instanceof Term term)) {
            return Set.of();
        }
        if (term instanceof Call call) {
            if (call.isOperator(Operators.EQ) && call.args().size() == 2) {
                return outputVarsForEq(call, safe);
            }
            int ar = arity.applyAsInt(call.operator());
            if (ar < 0) {
                return Set.of();
            }
            return outputVarsForCall(call, ar, safe);
        }
        return outputVarsForTerms(term, safe);
    }

    private Set<Var> outputVarsForEq(Call eq, Set<Var> safe) {
        Set<Var> output = outputVarsForTerms(eq, safe);
        output.addAll(safe);
        output.addAll(new Unifier(output).unify(eq.args().get(0), eq.args().get(1)));
        output.removeAll(safe);
        return output;
    }

    private Set<Var> outputVarsForCall(Call call, int ar, Set<Var> safe) {
        Set<Var> output = outputVarsForTerms(call, safe);
        if (ar >= call.args().size()) {
            return output;
        }
        Set<Var> inputs = new LinkedHashSet<>();
        for (Term t : call.args().subList(0, ar)) {
            inputs.addAll(VarVisitor.CALL_ARGS.vars(t));
        }
        inputs.removeAll(output);
        if (!safe.containsAll(inputs)) {
            return Set.of();
        }
        for (Term t : call.args().subList(ar, call.args().size())) {
            output.addAll(VarVisitor.CALL_ARGS.vars(t));
        }
        return output;
    }

    /** Vars in the paths of refs whose heads are bound ({@code i} in {@code input.xs[i]}). */
    static Set<Var> outputVarsForTerms(Term root, Set<Var> safe) {
        Set<Var> output = new LinkedHashSet<>();
        AstWalker.terms(root, t -> {
            if (AstWalker.isClosure(t)) {
                return true;
            }
            if (t instanceof Ref r) {
                if (!isRefSafe(r, safe)) {
                    return true;
                }
                if (!r.isGround()) {
                    output.addAll(VarVisitor.REF_OUTPUT.vars(r));
                }
            }
            return false;
        });
        return output;
    }

    static boolean isRefSafe(Ref r, Set<Var> safe) {
        if (r.head() instanceof Var v) {
            return safe.contains(v);
        }
        return safe.containsAll(VarVisitor.SAFETY.vars(r.head()));
    }

    /** OPA's {@code Unify}: which vars become bound by unifying {@code a} with {@code b}. */
    private static final class Unifier {
        private final Set<Var> safe;
        private final Set<Var> unified = new LinkedHashSet<>();
        private final Map<Var, Set<Var>> unknown = new HashMap<>();

        Unifier(Set<Var> safe) {
            this.safe = safe;
        }

        Set<Var> unify(Term a, Term b) {
            step(a, b);
            return unified;
        }

        private boolean isSafe(Var v) {
            return safe.contains(v) || unified.contains(v);
        }

        /** True if the term can be evaluated now: a ref with a bound head, or a call with bound inputs. */
        private boolean evaluable(Term t) {
            if (t instanceof Ref r) {
                return r.head() instanceof Var v ? isSafe(v) : allSafe(VarVisitor.SAFETY.vars(r.head()));
            }
            if (t instanceof Call c) {
                return allSafe(VarVisitor.SAFETY.vars(c));
            }
            return false;
        }

        private boolean allSafe(Set<Var> vars) {
            for (Var v : vars) {
                if (!isSafe(v)) {
                    return false;
                }
            }
            return true;
        }

        private void step(Term a, Term b) {
            if (a instanceof Var va) {
                if (b instanceof Var vb) {
                    if (isSafe(vb)) {
                        markSafe(va);
                    } else if (isSafe(va)) {
                        markSafe(vb);
                    } else {
                        markUnknown(va, vb);
                        markUnknown(vb, va);
                    }
                } else if (b instanceof ArrayTerm || b instanceof ObjectTerm) {
                    unifyAll(va, b);
                } else if (b instanceof Ref || b instanceof Call) {
                    if (evaluable(b)) {
                        markSafe(va);
                    }
                } else {
                    markSafe(va); // scalars, sets, comprehensions
                }
            } else if (a instanceof Ref || a instanceof Call) {
                if (evaluable(a)) {
                    if (b instanceof Var vb) {
                        markSafe(vb);
                    } else if (b instanceof ArrayTerm || b instanceof ObjectTerm) {
                        markAllSafe(b);
                    }
                }
            } else if (AstWalker.isClosure(a)) {
                if (b instanceof Var vb) {
                    markSafe(vb);
                } else if (b instanceof ArrayTerm || b instanceof ObjectTerm) {
                    markAllSafe(b);
                }
            } else if (a instanceof ArrayTerm aa) {
                if (b instanceof Var vb) {
                    unifyAll(vb, a);
                } else if (AstWalker.isClosure(b)) {
                    markAllSafe(a);
                } else if (b instanceof Ref || b instanceof Call) {
                    if (evaluable(b)) {
                        markAllSafe(a);
                    }
                } else if (b instanceof ArrayTerm ab && aa.elements().size() == ab.elements().size()) {
                    for (int i = 0; i < aa.elements().size(); i++) {
                        step(aa.elements().get(i), ab.elements().get(i));
                    }
                }
            } else if (a instanceof ObjectTerm oa) {
                if (b instanceof Var vb) {
                    unifyAll(vb, a);
                } else if (b instanceof Ref || b instanceof Call) {
                    if (evaluable(b)) {
                        markAllSafe(a);
                    }
                } else if (b instanceof ObjectTerm ob) {
                    if (oa.entries().size() == ob.entries().size()) {
                        for (ObjectTerm.Entry ea : oa.entries()) {
                            for (ObjectTerm.Entry eb : ob.entries()) {
                                if (ea.key().equals(eb.key())) {
                                    step(ea.value(), eb.value());
                                }
                            }
                        }
                    }
                } else if (AstWalker.isClosure(b)) {
                    markAllSafe(a);
                }
            } else {
                // scalars and sets
                if (b instanceof Var vb) {
                    markSafe(vb);
                } else if (b instanceof ArrayTerm || b instanceof ObjectTerm) {
                    markAllSafe(b);
                }
            }
        }

        private void markAllSafe(Term t) {
            VarVisitor.UNIFY.vars(t).forEach(this::markSafe);
        }

        private void markSafe(Var v) {
            unified.add(v);
            Set<Var> deps = unknown.remove(v);
            if (deps != null) {
                deps.forEach(this::markSafe);
            }
        }

        private void markUnknown(Var a, Var b) {
            unknown.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        }

        private void unifyAll(Var a, Term b) {
            if (isSafe(a)) {
                markAllSafe(b);
                return;
            }
            Set<Var> unsafe = new LinkedHashSet<>(VarVisitor.UNIFY.vars(b));
            unsafe.removeIf(this::isSafe);
            if (unsafe.isEmpty()) {
                markSafe(a);
            } else {
                unsafe.forEach(v -> markUnknown(a, v));
            }
        }
    }

    /**
     * Turns unsafe vars into errors as OPA's safetyErrorSlice: one "var x is unsafe" per user
     * variable at the first expression containing it; if only generated vars are unsafe, one
     * "expression is unsafe" per expression.
     */
    static void report(CompileContext ctx, Map<Expr, Set<Var>> unsafe) {
        Map<String, Location> firstByName = new LinkedHashMap<>();
        Comparator<Location> byPosition = Comparator.comparing((Location l) -> l.file() == null ? "" : l.file())
                .thenComparingInt(Location::row).thenComparingInt(Location::col);
        for (Map.Entry<Expr, Set<Var>> e : unsafe.entrySet()) {
            for (Var v : e.getValue()) {
                String name = ctx.userName(v);
                if (isGenerated(name)) {
                    continue;
                }
                Location at = e.getKey().location();
                firstByName.merge(name, at, (x, y) -> byPosition.compare(x, y) <= 0 ? x : y);
            }
        }
        if (!firstByName.isEmpty()) {
            List<Map.Entry<String, Location>> sorted = new ArrayList<>(firstByName.entrySet());
            sorted.sort(Map.Entry.<String, Location>comparingByValue(byPosition).thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Location> e : sorted) {
                String name = e.getKey();
                String hint = Set.of("in", "every", "if", "contains").contains(name)
                        ? " (hint: `import future.keywords." + name + "` to import a future keyword)" : "";
                if (!ctx.error(dev.authlint.rego.RegoError.UNSAFE_VAR_ERROR, e.getValue(), "var %s is unsafe%s",
                        name, hint)) {
                    return;
                }
            }
            return;
        }
        List<Expr> exprs = new ArrayList<>(unsafe.keySet());
        exprs.sort(Comparator.comparing(Expr::location, byPosition));
        Set<String> seen = new java.util.HashSet<>();
        for (Expr e : exprs) {
            boolean added = false;
            for (Var v : unsafe.get(e)) {
                added |= seen.add(v.name());
            }
            if (added && !ctx.error(dev.authlint.rego.RegoError.UNSAFE_VAR_ERROR, e.location(), "expression is unsafe")) {
                return;
            }
        }
    }

    static boolean isGenerated(String name) {
        return name.startsWith(Var.WILDCARD_PREFIX) || name.startsWith(LocalVarGenerator.PREFIX);
    }
}

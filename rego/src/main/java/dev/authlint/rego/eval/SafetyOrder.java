package dev.authlint.rego.eval;

import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Orders the expressions of a body so that each runs after the variables it reads are bound, as
 * OPA's CheckSafetyRuleBodies does: among the expressions whose inputs are available, the earliest
 * in source order goes first. Expressions that can never become safe keep their relative order
 * (the evaluator then reports the unbound variable).
 */
final class SafetyOrder {

    private SafetyOrder() {
    }

    /**
     * @param exprs      the body in source order
     * @param isLocal    whether a var name denotes a local variable (not a rule, import or root document)
     * @param bound      local variables already bound when the body starts
     * @param callArity  the declared arity of a call's function, or -1 when unknown or variadic
     */
    static List<Expr> order(List<Expr> exprs, Predicate<String> isLocal, Set<String> bound,
            ToIntFunction<Call> callArity) {
        if (exprs.size() < 2) {
            return exprs;
        }
        int n = exprs.size();
        List<Set<String>> provides = new ArrayList<>(n);
        List<Set<String>> requires = new ArrayList<>(n);
        Set<String> providedSomewhere = new HashSet<>();
        for (Expr e : exprs) {
            Set<String> p = new HashSet<>();
            Set<String> r = new HashSet<>();
            new Collector(isLocal, p, r).expr(e, callArity);
            provides.add(p);
            requires.add(r);
            providedSomewhere.addAll(p);
        }
        Set<String> known = new HashSet<>(bound);
        boolean[] done = new boolean[n];
        List<Expr> out = new ArrayList<>(n);
        for (int round = 0; round < n; round++) {
            int pick = -1;
            for (int i = 0; i < n && pick < 0; i++) {
                if (!done[i] && ready(requires.get(i), known, providedSomewhere)) {
                    pick = i;
                }
            }
            if (pick < 0) {
                for (int i = 0; i < n && pick < 0; i++) {
                    if (!done[i]) {
                        pick = i;
                    }
                }
            }
            done[pick] = true;
            out.add(exprs.get(pick));
            known.addAll(provides.get(pick));
            known.addAll(requires.get(pick));
        }
        return out;
    }

    private static boolean ready(Set<String> requires, Set<String> known, Set<String> providedSomewhere) {
        for (String v : requires) {
            if (!known.contains(v) && providedSomewhere.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the variables {@code e} declares ({@code :=}, {@code some}) to {@code out}. */
    static void declaredVars(Expr e, Set<String> out) {
        if (e.statement() instanceof Call c && c.isOperator("assign") && c.args().size() == 2) {
            dev.authlint.rego.ast.Terms.walkVars(c.args().get(0), v -> out.add(v.name()));
        } else if (e.statement() instanceof dev.authlint.rego.ast.SomeDecl s) {
            s.vars().forEach(v -> out.add(v.name()));
        } else if (e.statement() instanceof SomeIn s) {
            if (s.key() != null) {
                dev.authlint.rego.ast.Terms.walkVars(s.key(), v -> out.add(v.name()));
            }
            dev.authlint.rego.ast.Terms.walkVars(s.value(), v -> out.add(v.name()));
        }
    }

    /** Sorts the local variables of an expression into those it binds and those it reads. */
    private static final class Collector {
        private final Predicate<String> isLocal;
        private final Set<String> provides;
        private final Set<String> requires;

        Collector(Predicate<String> isLocal, Set<String> provides, Set<String> requires) {
            this.isLocal = isLocal;
            this.provides = provides;
            this.requires = requires;
        }

        void expr(Expr e, ToIntFunction<Call> callArity) {
            if (e.negated()) {
                e.walkVars(v -> {
                    if (!v.isWildcard() && isLocal.test(v.name())) {
                        requires.add(v.name());
                    }
                });
                return;
            }
            for (With w : e.withs()) {
                term(w.value(), false);
            }
            if (e.statement() instanceof Call c) {
                List<Term> args = c.args();
                if ((c.isOperator("eq") || c.isOperator("assign")) && args.size() == 2) {
                    term(args.get(0), true);
                    term(args.get(1), true);
                    return;
                }
                int arity = callArity.applyAsInt(c);
                for (int i = 0; i < args.size(); i++) {
                    term(args.get(i), arity >= 0 && i == arity);
                }
            } else if (e.statement() instanceof Term t) {
                term(t, false);
            } else if (e.statement() instanceof SomeIn s) {
                if (s.key() != null) {
                    term(s.key(), true);
                }
                term(s.value(), true);
                term(s.collection(), false);
            } else if (e.statement() instanceof Every ev) {
                term(ev.domain(), false);
                ev.body().walkVars(v -> closureVar(v, ev));
            }
        }

        private void closureVar(Var v, Every ev) {
            boolean own = (ev.key() instanceof Var k && k.name().equals(v.name()))
                    || (ev.value() instanceof Var val && val.name().equals(v.name()));
            if (!own && !v.isWildcard() && isLocal.test(v.name())) {
                requires.add(v.name());
            }
        }

        private void term(Term t, boolean pattern) {
            if (t instanceof Var v) {
                if (!v.isWildcard() && isLocal.test(v.name())) {
                    (pattern ? provides : requires).add(v.name());
                }
            } else if (t instanceof Ref r) {
                term(r.head(), false);
                for (Term p : r.path()) {
                    term(p, true);
                }
            } else if (t instanceof ArrayTerm a) {
                a.elements().forEach(x -> term(x, pattern));
            } else if (t instanceof ObjectTerm o) {
                o.entries().forEach(x -> {
                    term(x.key(), false);
                    term(x.value(), pattern);
                });
            } else if (t instanceof SetTerm s) {
                s.elements().forEach(x -> term(x, false));
            } else if (t instanceof Call c) {
                c.args().forEach(x -> term(x, false));
            } else if (t instanceof ArrayComprehension || t instanceof SetComprehension
                    || t instanceof ObjectComprehension) {
                Set<String> declaredInside = new HashSet<>();
                dev.authlint.rego.ast.Body inner = t instanceof ArrayComprehension a ? a.body()
                        : t instanceof SetComprehension s ? s.body() : ((ObjectComprehension) t).body();
                for (Expr e : inner.exprs()) {
                    declaredVars(e, declaredInside);
                }
                dev.authlint.rego.ast.Terms.walkVars(t, v -> {
                    if (!v.isWildcard() && isLocal.test(v.name()) && !declaredInside.contains(v.name())) {
                        requires.add(v.name());
                    }
                });
            }
        }
    }
}

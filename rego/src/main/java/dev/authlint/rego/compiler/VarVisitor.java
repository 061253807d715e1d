package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects variables, with OPA's {@code VarVisitorParams} switches.
 *
 * @param skipRefHead     skip the head of every ref ({@code x} in {@code x[i]})
 * @param skipRefCallHead skip the operator of calls
 * @param skipClosures    skip comprehension contents and {@code every} key, value and body
 * @param skipSets        skip set literals
 * @param skipObjectKeys  skip object literal keys
 * @param skipWithTarget  skip {@code with} targets (a mocked function name is not a variable)
 * @param functionName    names that denote functions when used as a {@code with} value
 *                        ({@code with count as mock}), so they are not variables either
 */
record VarVisitor(boolean skipRefHead, boolean skipRefCallHead, boolean skipClosures, boolean skipSets,
                  boolean skipObjectKeys, boolean skipWithTarget, Predicate<String> functionName) {

    private static final Predicate<String> NO_FUNCTIONS = name -> false;

    VarVisitor(boolean skipRefHead, boolean skipRefCallHead, boolean skipClosures, boolean skipSets,
               boolean skipObjectKeys, boolean skipWithTarget) {
        this(skipRefHead, skipRefCallHead, skipClosures, skipSets, skipObjectKeys, skipWithTarget, NO_FUNCTIONS);
    }

    /** A copy that treats {@code with} values naming these functions as constants. */
    VarVisitor withFunctionNames(Predicate<String> names) {
        return new VarVisitor(skipRefHead, skipRefCallHead, skipClosures, skipSets, skipObjectKeys, skipWithTarget,
                names);
    }

    /** OPA's SafetyCheckVisitorParams. */
    static final VarVisitor SAFETY = new VarVisitor(false, true, true, false, false, true);
    /** Every var except call operators (a term's own vars, e.g. a comprehension head `count(n)`). */
    static final VarVisitor TERM = new VarVisitor(false, true, false, false, false, false);
    /** Every var. */
    static final VarVisitor ALL = new VarVisitor(false, false, false, false, false, false);
    /** Output positions of a call's arguments. */
    static final VarVisitor CALL_ARGS = new VarVisitor(true, false, true, true, true, true);
    /** Vars in a ref's path (its output vars). */
    static final VarVisitor REF_OUTPUT = new VarVisitor(true, false, false, false, false, true);
    /** Vars the unifier may mark safe. */
    static final VarVisitor UNIFY = new VarVisitor(true, false, true, true, true, true);

    /** Adds the names of all vars in {@code t} to {@code out}. */
    static void names(Term t, Set<String> out) {
        ALL.vars(t).forEach(v -> out.add(v.name()));
    }

    Set<Var> vars(Term t) {
        Set<Var> out = new LinkedHashSet<>();
        term(t, out);
        return out;
    }

    Set<Var> vars(Expr e) {
        Set<Var> out = new LinkedHashSet<>();
        expr(e, out);
        return out;
    }

    Set<Var> vars(Body b) {
        Set<Var> out = new LinkedHashSet<>();
        b.exprs().forEach(e -> expr(e, out));
        return out;
    }

    void expr(Expr e, Set<Var> out) {
        if (e.statement() instanceof Term t) {
            term(t, out);
        } else if (e.statement() instanceof SomeDecl d) {
            out.addAll(d.vars());
        } else if (e.statement() instanceof SomeIn in) {
            if (in.key() != null) {
                term(in.key(), out);
            }
            term(in.value(), out);
            term(in.collection(), out);
        } else if (e.statement() instanceof Every ev) {
            term(ev.domain(), out);
            if (!skipClosures) {
                if (ev.key() != null) {
                    term(ev.key(), out);
                }
                term(ev.value(), out);
                ev.body().exprs().forEach(x -> expr(x, out));
            }
        }
        for (With w : e.withs()) {
            if (!skipWithTarget) {
                term(w.target(), out);
            }
            if (!isFunctionName(w.value())) {
                term(w.value(), out);
            }
        }
    }

    private boolean isFunctionName(Term t) {
        String name = t instanceof Var v ? v.name() : t instanceof Ref r ? r.toDottedName() : null;
        return name != null && functionName.test(name);
    }

    void term(Term t, Set<Var> out) {
        if (t instanceof Var v) {
            out.add(v);
        } else if (t instanceof Ref r) {
            if (!skipRefHead) {
                term(r.head(), out);
            } else if (!(r.head() instanceof Var)) {
                term(r.head(), out); // a call or collection head still has vars of its own
            }
            r.path().forEach(x -> term(x, out));
        } else if (t instanceof Call c) {
            if (!skipRefCallHead) {
                term(c.operator(), out);
            }
            c.args().forEach(x -> term(x, out));
        } else if (t instanceof ArrayTerm a) {
            a.elements().forEach(x -> term(x, out));
        } else if (t instanceof SetTerm s) {
            if (!skipSets) {
                s.elements().forEach(x -> term(x, out));
            }
        } else if (t instanceof ObjectTerm o) {
            for (ObjectTerm.Entry e : o.entries()) {
                if (!skipObjectKeys) {
                    term(e.key(), out);
                }
                term(e.value(), out);
            }
        } else if (!skipClosures) {
            if (t instanceof ArrayComprehension c) {
                term(c.term(), out);
                c.body().exprs().forEach(x -> expr(x, out));
            } else if (t instanceof SetComprehension c) {
                term(c.term(), out);
                c.body().exprs().forEach(x -> expr(x, out));
            } else if (t instanceof ObjectComprehension c) {
                term(c.key(), out);
                term(c.value(), out);
                c.body().exprs().forEach(x -> expr(x, out));
            }
        }
    }
}

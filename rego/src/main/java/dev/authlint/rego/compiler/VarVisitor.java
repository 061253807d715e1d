package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects variables, with OPA's {@code VarVisitorParams} switches.
 *
 * @param skipRefHead     skip the head of every ref ({@code x} in {@code x[i]})
 * @param skipRefCallHead skip the operator of calls
 * @param skipClosures    skip comprehension contents and {@code every} key, value and body
 * @param skipSets        skip set literals
 * @param skipObjectKeys  skip object literal keys
 * @param skipWithTarget  skip {@code with} targets (a mocked function name is not a variable)
 */
record VarVisitor(boolean skipRefHead, boolean skipRefCallHead, boolean skipClosures, boolean skipSets,
                  boolean skipObjectKeys, boolean skipWithTarget) {

    /** OPA's SafetyCheckVisitorParams. */
    static final VarVisitor SAFETY = new VarVisitor(false, true, true, false, false, true);
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
            term(w.value(), out);
        }
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
            AstWalker.terms(t, x -> {
                if (x instanceof Var v) {
                    out.add(v);
                }
                return false;
            });
        }
    }
}

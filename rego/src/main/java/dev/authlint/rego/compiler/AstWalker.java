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
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.With;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** Read-only, top-down walks over the AST (OPA's WalkTerms / WalkExprs / WalkBodies). */
final class AstWalker {

    private AstWalker() {
    }

    /** Visits every term; when {@code visitor} returns true, the term's children are skipped. */
    static void terms(Term t, Predicate<Term> visitor) {
        if (visitor.test(t)) {
            return;
        }
        if (t instanceof Ref r) {
            terms(r.head(), visitor);
            r.path().forEach(x -> terms(x, visitor));
        } else if (t instanceof Call c) {
            terms(c.operator(), visitor);
            c.args().forEach(x -> terms(x, visitor));
        } else if (t instanceof ArrayTerm a) {
            a.elements().forEach(x -> terms(x, visitor));
        } else if (t instanceof SetTerm s) {
            s.elements().forEach(x -> terms(x, visitor));
        } else if (t instanceof ObjectTerm o) {
            o.entries().forEach(e -> {
                terms(e.key(), visitor);
                terms(e.value(), visitor);
            });
        } else if (t instanceof ArrayComprehension c) {
            terms(c.term(), visitor);
            terms(c.body(), visitor);
        } else if (t instanceof SetComprehension c) {
            terms(c.term(), visitor);
            terms(c.body(), visitor);
        } else if (t instanceof ObjectComprehension c) {
            terms(c.key(), visitor);
            terms(c.value(), visitor);
            terms(c.body(), visitor);
        }
    }

    /** Visits every term of a body, including nested bodies and {@code with} clauses. */
    static void terms(Body body, Predicate<Term> visitor) {
        body.exprs().forEach(e -> terms(e, visitor));
    }

    static void terms(Expr e, Predicate<Term> visitor) {
        if (e.statement() instanceof Term t) {
            terms(t, visitor);
        } else if (e.statement() instanceof SomeIn in) {
            if (in.key() != null) {
                terms(in.key(), visitor);
            }
            terms(in.value(), visitor);
            terms(in.collection(), visitor);
        } else if (e.statement() instanceof Every ev) {
            if (ev.key() != null) {
                terms(ev.key(), visitor);
            }
            terms(ev.value(), visitor);
            terms(ev.domain(), visitor);
            terms(ev.body(), visitor);
        } else if (e.statement() instanceof SomeDecl d) {
            d.vars().forEach(v -> terms(v, visitor));
        }
        for (With w : e.withs()) {
            terms(w.target(), visitor);
            terms(w.value(), visitor);
        }
    }

    /** Like {@link #terms(Expr, Predicate)} but without descending into an {@code every} body. */
    static void shallowTerms(Expr e, Predicate<Term> visitor) {
        if (e.statement() instanceof Every ev) {
            if (ev.key() != null) {
                terms(ev.key(), visitor);
            }
            terms(ev.value(), visitor);
            terms(ev.domain(), visitor);
            for (With w : e.withs()) {
                terms(w.target(), visitor);
                terms(w.value(), visitor);
            }
            return;
        }
        terms(e, visitor);
    }

    /** Visits the terms of a rule's head (ref elements, args, key, value) and body, else chain included. */
    static void terms(Rule rule, Predicate<Term> visitor) {
        for (Rule r : rule.elseChain()) {
            r.head().ref().path().forEach(x -> terms(x, visitor));
            r.head().args().forEach(x -> terms(x, visitor));
            if (r.head().key() != null) {
                terms(r.head().key(), visitor);
            }
            if (r.head().value() != null) {
                terms(r.head().value(), visitor);
            }
            terms(r.body(), visitor);
        }
    }

    /** Visits every expression, nested ones (comprehension and every bodies) included. */
    static void exprs(Body body, Consumer<Expr> visitor) {
        for (Expr e : body.exprs()) {
            visitor.accept(e);
            if (e.statement() instanceof Every ev) {
                exprs(ev.body(), visitor);
            }
            shallowTerms(e, t -> {
                Body nested = closureBody(t);
                if (nested != null) {
                    exprs(nested, visitor);
                    return true;
                }
                return false;
            });
        }
    }

    /** Every expression of a rule (head comprehensions and else chain included). */
    static void exprs(Rule rule, Consumer<Expr> visitor) {
        for (Rule r : rule.elseChain()) {
            exprs(r.body(), visitor);
            Predicate<Term> nested = t -> {
                Body b = closureBody(t);
                if (b != null) {
                    exprs(b, visitor);
                    return true;
                }
                return false;
            };
            r.head().args().forEach(x -> terms(x, nested));
            if (r.head().key() != null) {
                terms(r.head().key(), nested);
            }
            if (r.head().value() != null) {
                terms(r.head().value(), nested);
            }
        }
    }

    /** The body of a comprehension term, else null. */
    static Body closureBody(Term t) {
        if (t instanceof ArrayComprehension c) {
            return c.body();
        }
        if (t instanceof SetComprehension c) {
            return c.body();
        }
        if (t instanceof ObjectComprehension c) {
            return c.body();
        }
        return null;
    }

    static boolean isClosure(Term t) {
        return closureBody(t) != null;
    }
}

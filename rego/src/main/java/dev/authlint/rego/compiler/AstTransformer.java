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
import dev.authlint.rego.ast.RuleHead;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Statement;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.With;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds an immutable AST bottom-up. Subclasses override {@link #term(Term)} (or the body and
 * expression hooks) and call {@code super} to keep recursing; the default copies nothing that did
 * not change.
 */
abstract class AstTransformer {

    /** Maps a rule and its else chain (iteratively, so long chains cannot overflow the stack). */
    Rule rule(Rule rule) {
        List<Rule> mapped = new ArrayList<>();
        for (Rule r : rule.elseChain()) {
            RuleHead h = r.head();
            RuleHead head = new RuleHead(headRef(h.ref()), h.kind(), terms(h.args()),
                    h.key() == null ? null : term(h.key()), h.value() == null ? null : term(h.value()),
                    h.assign(), h.location());
            mapped.add(new Rule(r.pkg(), head, body(r.body()), null, r.isDefault(), r.annotations(), r.location()));
        }
        Rule result = mapped.get(mapped.size() - 1);
        for (int i = mapped.size() - 2; i >= 0; i--) {
            result = mapped.get(i).withElse(result);
        }
        return result;
    }

    /** Maps a rule head's ref; the default maps it like any ref. */
    Ref headRef(Ref ref) {
        return ref(ref);
    }

    Body body(Body body) {
        List<Expr> exprs = new ArrayList<>(body.exprs().size());
        boolean changed = false;
        for (Expr e : body.exprs()) {
            Expr mapped = expr(e);
            changed |= mapped != e;
            exprs.add(mapped);
        }
        return changed ? new Body(exprs, body.location()) : body;
    }

    Expr expr(Expr expr) {
        Statement statement = statement(expr.statement());
        List<With> withs = new ArrayList<>(expr.withs().size());
        boolean changed = statement != expr.statement();
        for (With w : expr.withs()) {
            With mapped = with(w);
            changed |= mapped != w;
            withs.add(mapped);
        }
        return changed ? new Expr(statement, expr.negated(), withs, expr.location()) : expr;
    }

    With with(With with) {
        Term target = term(with.target());
        Term value = term(with.value());
        return target == with.target() && value == with.value() ? with : new With(target, value, with.location());
    }

    Statement statement(Statement s) {
        if (s instanceof Term t) {
            return term(t);
        }
        if (s instanceof SomeIn in) {
            return new SomeIn(in.key() == null ? null : term(in.key()), term(in.value()), term(in.collection()),
                    in.location());
        }
        if (s instanceof Every e) {
            return new Every(e.key() == null ? null : term(e.key()), term(e.value()), term(e.domain()),
                    body(e.body()), e.location());
        }
        return (SomeDecl) s;
    }

    Ref ref(Ref ref) {
        Term mapped = term(ref);
        return mapped instanceof Ref r ? r : ref;
    }

    /** Maps one term; the default rebuilds it from its mapped children. */
    Term term(Term t) {
        if (t instanceof Ref r) {
            Term head = term(r.head());
            List<Term> path = terms(r.path());
            if (head == r.head() && path == r.path()) {
                return r;
            }
            if (head instanceof Ref inner) {
                // A var head replaced by a ref (e.g. an import) is spliced, not nested.
                return inner.append(path);
            }
            return new Ref(head, path, r.location());
        }
        if (t instanceof Call c) {
            List<Term> args = terms(c.args());
            Ref operator = ref(c.operator());
            return args == c.args() && operator == c.operator() ? c : new Call(operator, args, c.location());
        }
        if (t instanceof ArrayTerm a) {
            List<Term> elements = terms(a.elements());
            return elements == a.elements() ? a : new ArrayTerm(elements, a.location());
        }
        if (t instanceof SetTerm s) {
            List<Term> elements = terms(s.elements());
            return elements == s.elements() ? s : new SetTerm(elements, s.location());
        }
        if (t instanceof ObjectTerm o) {
            List<ObjectTerm.Entry> entries = new ArrayList<>(o.entries().size());
            boolean changed = false;
            for (ObjectTerm.Entry e : o.entries()) {
                Term k = term(e.key());
                Term v = term(e.value());
                changed |= k != e.key() || v != e.value();
                entries.add(new ObjectTerm.Entry(k, v));
            }
            return changed ? new ObjectTerm(entries, o.location()) : o;
        }
        if (t instanceof ArrayComprehension c) {
            return new ArrayComprehension(term(c.term()), body(c.body()), c.location());
        }
        if (t instanceof SetComprehension c) {
            return new SetComprehension(term(c.term()), body(c.body()), c.location());
        }
        if (t instanceof ObjectComprehension c) {
            return new ObjectComprehension(term(c.key()), term(c.value()), body(c.body()), c.location());
        }
        return t;
    }

    /** Maps a list; returns the same list instance when nothing changed. */
    List<Term> terms(List<Term> terms) {
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term mapped = term(terms.get(i));
            if (mapped != terms.get(i) && out == null) {
                out = new ArrayList<>(terms.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? terms : out;
    }
}

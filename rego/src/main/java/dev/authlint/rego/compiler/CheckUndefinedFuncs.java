package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Term;

import java.util.Collections;
import java.util.Set;

/**
 * Every call must name a builtin or a user function, with the right number of arguments:
 * "undefined function data.test.f", "function data.test.f has arity 1, got 2 arguments",
 * "count: arity mismatch". A call used as a statement may pass one extra argument (the output);
 * a nested call may not.
 */
final class CheckUndefinedFuncs implements CompilerStage {

    @Override
    public String name() {
        return "CheckUndefinedFuncs";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule r : m.rules()) {
                AstWalker.exprs(r, e -> checkExpr(ctx, e));
                for (Rule x : r.elseChain()) {
                    for (Term t : headTerms(x)) {
                        checkNested(ctx, t, Collections.emptySet());
                    }
                }
            }
        }
    }

    private static java.util.List<Term> headTerms(Rule r) {
        java.util.List<Term> out = new java.util.ArrayList<>(r.head().ref().path());
        out.addAll(r.head().args());
        if (r.head().key() != null) {
            out.add(r.head().key());
        }
        if (r.head().value() != null) {
            out.add(r.head().value());
        }
        return out;
    }

    static void checkBody(CompileContext ctx, Body body) {
        AstWalker.exprs(body, e -> checkExpr(ctx, e));
    }

    static void checkExpr(CompileContext ctx, Expr e) {
        Term statement = e.term();
        if (statement instanceof Call c) {
            check(ctx, c, true);
            c.args().forEach(a -> checkNested(ctx, a, Set.of()));
        } else if (statement != null) {
            checkNested(ctx, statement, Set.of());
        } else {
            AstWalker.shallowTerms(e, t -> {
                if (AstWalker.isClosure(t)) {
                    return true;
                }
                if (t instanceof Call c) {
                    check(ctx, c, false);
                }
                return false;
            });
        }
        e.withs().forEach(w -> checkNested(ctx, w.value(), Set.of()));
    }

    private static void checkNested(CompileContext ctx, Term term, Set<Call> skip) {
        AstWalker.terms(term, t -> {
            if (AstWalker.isClosure(t)) {
                return true; // closure bodies are checked as expressions
            }
            if (t instanceof Call c && !skip.contains(c)) {
                check(ctx, c, false);
            }
            return false;
        });
    }

    private static void check(CompileContext ctx, Call c, boolean statement) {
        int arity = ctx.arity(c.operator());
        String name = c.operator().toString();
        if (arity == -1 && ctx.builtinArity(c.name()) == null) {
            ctx.error(RegoError.TYPE_ERROR, c.location(), "undefined function %s", name);
            return;
        }
        if (arity < 0) {
            return; // variadic
        }
        int operands = c.args().size();
        boolean ok = operands == arity || (statement && operands == arity + 1);
        if (ok) {
            return;
        }
        if (ctx.builtinArity(c.name()) != null) {
            StringBuilder have = new StringBuilder();
            for (int i = 0; i < operands; i++) {
                have.append(i == 0 ? "" : ", ").append("any");
            }
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < arity; i++) {
                want.append(i == 0 ? "" : ", ").append("any");
            }
            ctx.error(RegoError.TYPE_ERROR, c.location(), "%s: arity mismatch\n\thave: (%s)\n\twant: (%s)", name, have,
                    want);
        } else {
            ctx.error(RegoError.TYPE_ERROR, c.location(), "function %s has arity %d, got %d argument%s", name, arity,
                    operands, operands == 1 ? "" : "s");
        }
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Term;

/**
 * {@code print} returns nothing, so it may only be used as a statement: {@code x := print(1)} is
 * "print(1) used as value" (rego_type_error).
 */
final class CheckVoidCalls implements CompilerStage {

    static final String PRINT = "print";

    @Override
    public String name() {
        return "CheckVoidCalls";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule r : m.rules()) {
                AstWalker.exprs(r, e -> check(ctx, e));
                for (Rule x : r.elseChain()) {
                    x.head().args().forEach(t -> checkValue(ctx, t));
                    if (x.head().key() != null) {
                        checkValue(ctx, x.head().key());
                    }
                    if (x.head().value() != null) {
                        checkValue(ctx, x.head().value());
                    }
                }
            }
        }
    }

    static void check(CompileContext ctx, Expr e) {
        AstWalker.shallowTerms(e, t -> {
            if (t == e.statement() && t instanceof Call) {
                return false; // a statement-level call is fine; its arguments are values
            }
            if (AstWalker.isClosure(t)) {
                return true; // nested bodies are visited as expressions of their own
            }
            if (t instanceof Call c && c.isOperator(PRINT)) {
                ctx.error(RegoError.TYPE_ERROR, c.location(), "%s used as value", c);
            }
            return false;
        });
    }

    private static void checkValue(CompileContext ctx, Term term) {
        AstWalker.terms(term, t -> {
            if (AstWalker.isClosure(t)) {
                return true;
            }
            if (t instanceof Call c && c.isOperator(PRINT)) {
                ctx.error(RegoError.TYPE_ERROR, c.location(), "%s used as value", c);
            }
            return false;
        });
    }
}

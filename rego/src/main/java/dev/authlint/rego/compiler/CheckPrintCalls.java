package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OPA's RewritePrintCalls, check half: every variable a {@code print} argument reads must be
 * bound by the expressions before it ("var x is undeclared"). Unlike OPA, the call itself is
 * kept as {@code print(args...)}: the evaluator evaluates each argument on its own and prints
 * {@code <undefined>} for an undefined one, which is what OPA's rewrite into set comprehensions
 * achieves.
 */
final class CheckPrintCalls implements CompilerStage {

    @Override
    public String name() {
        return "RewritePrintCalls";
    }

    @Override
    public void run(CompileContext ctx) {
        Safety safety = new Safety(ctx);
        for (Module m : ctx.modules()) {
            for (Rule r : m.rules()) {
                for (Rule x : r.elseChain()) {
                    Set<Var> globals = new LinkedHashSet<>(CheckSafetyRuleBodies.reserved());
                    x.head().args().forEach(a -> globals.addAll(VarVisitor.ALL.vars(a)));
                    checkBody(ctx, safety, globals, x.body());
                }
            }
        }
    }

    static void checkBody(CompileContext ctx, Safety safety, Set<Var> globals, Body body) {
        List<Expr> exprs = body.exprs();
        for (int i = 0; i < exprs.size(); i++) {
            Expr e = exprs.get(i);
            Set<Var> safe = new LinkedHashSet<>(safety.outputVarsForBody(exprs.subList(0, i), globals));
            safe.addAll(globals);
            for (Expr before : exprs.subList(0, i)) {
                VarVisitor.ALL.vars(before).forEach(v -> {
                    if (Safety.isGenerated(v.name())) {
                        safe.add(v);
                    }
                });
            }
            // Closures see what is bound before them.
            if (e.statement() instanceof Every ev) {
                Set<Var> inner = new LinkedHashSet<>(safe);
                if (ev.key() != null) {
                    inner.addAll(VarVisitor.ALL.vars(ev.key()));
                }
                inner.addAll(VarVisitor.ALL.vars(ev.value()));
                checkBody(ctx, safety, inner, ev.body());
            }
            AstWalker.shallowTerms(e, t -> {
                Body nested = AstWalker.closureBody(t);
                if (nested != null) {
                    checkBody(ctx, safety, safe, nested);
                    return true;
                }
                return false;
            });
            if (e.statement() instanceof Call c && c.isOperator(CheckVoidCalls.PRINT)) {
                for (Term arg : c.args()) {
                    Set<Var> vars = new LinkedHashSet<>(VarVisitor.SAFETY.vars(arg));
                    vars.removeAll(safe);
                    vars.stream().map(ctx::userName).sorted().forEach(name ->
                            ctx.error(RegoError.COMPILE_ERROR, arg.location(), "var %s is undeclared", name));
                }
            }
        }
    }
}

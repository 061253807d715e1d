package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Var;

import java.util.Set;

/**
 * In v1 modules, rejects rules named {@code input} or {@code data} and {@code :=} to them: both
 * would silently hide the root documents.
 */
final class CheckKeywordOverrides implements CompilerStage {

    private static final Set<String> ROOTS = Set.of("input", "data");

    @Override
    public String name() {
        return "CheckKeywordOverrides";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (m.version() != RegoVersion.V1) {
                continue;
            }
            for (Rule r : m.rules()) {
                if (ROOTS.contains(r.head().name())) {
                    ctx.error(RegoError.COMPILE_ERROR, r.location(), "rules must not shadow %s (use a different rule name)",
                            r.head().name());
                }
                AstWalker.exprs(r, e -> check(ctx, e));
            }
        }
    }

    static void check(CompileContext ctx, Expr e) {
        if (e.isCall(Operators.ASSIGN) && !e.call().args().isEmpty()
                && e.call().args().get(0) instanceof Var v && ROOTS.contains(v.name())) {
            ctx.error(RegoError.COMPILE_ERROR, e.location(),
                    "variables must not shadow %s (use a different variable name)", v.name());
        }
    }
}

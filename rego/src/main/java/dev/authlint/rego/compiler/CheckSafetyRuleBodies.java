package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Var;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reorders every rule body for safety (see {@link Safety}) and reports variables that nothing can
 * bind: "var x is unsafe" (rego_unsafe_var_error). Function arguments and {@code input}/{@code data}
 * count as bound.
 */
final class CheckSafetyRuleBodies implements CompilerStage {

    private static final Location NOWHERE = new Location("", 0, 0);

    /** OPA's ReservedVars: the root documents are always bound. */
    static Set<Var> reserved() {
        return Set.of(new Var("input", NOWHERE), new Var("data", NOWHERE));
    }

    @Override
    public String name() {
        return "CheckSafetyRuleBodies";
    }

    @Override
    public void run(CompileContext ctx) {
        Safety safety = new Safety(ctx);
        ctx.rewriteRules(top -> {
            java.util.List<Rule> chain = top.elseChain();
            java.util.List<Rule> out = new java.util.ArrayList<>();
            for (Rule r : chain) {
                Set<Var> globals = new LinkedHashSet<>(reserved());
                r.head().args().forEach(a -> globals.addAll(VarVisitor.ALL.vars(a)));
                Safety.Result result = safety.reorder(globals, r.body());
                if (!result.ok()) {
                    Safety.report(ctx, result.unsafe());
                    out.add(r.withElse(null));
                } else {
                    out.add(r.withElse(null).withBody(result.body()));
                }
            }
            Rule result = out.get(out.size() - 1);
            for (int i = out.size() - 2; i >= 0; i--) {
                result = out.get(i).withElse(result);
            }
            return result;
        });
    }

    /** Orders a query body with only the root documents bound. */
    static Body checkQuery(CompileContext ctx, Body query) {
        Safety.Result result = new Safety(ctx).reorder(reserved(), query);
        if (!result.ok()) {
            Safety.report(ctx, result.unsafe());
            return query;
        }
        return result.body();
    }
}

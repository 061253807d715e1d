package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;
import dev.authlint.rego.ast.Operators;

import java.util.List;

/**
 * OPA's RewriteWithValues, check half: a {@code with} target must be {@code input...},
 * {@code data...} or a function (user or builtin); builtin names are normalised to refs
 * ({@code count} becomes the ref {@code count}). Non-trivial values are left in place: the
 * evaluator evaluates them.
 */
final class CheckWithTargets implements CompilerStage {

    @Override
    public String name() {
        return "RewriteWithValues";
    }

    @Override
    public void run(CompileContext ctx) {
        ctx.rewriteRules(r -> rewrite(ctx).rule(r));
    }

    static AstTransformer rewrite(CompileContext ctx) {
        return new AstTransformer() {
            @Override
            With with(With w) {
                With mapped = super.with(w);
                return check(ctx, mapped);
            }
        };
    }

    static With check(CompileContext ctx, With w) {
        Term target = w.target();
        Term value = w.value();
        if (value instanceof Var v && ctx.isBuiltin(v.name())) {
            value = new Ref(v, List.of(), v.location());
        }
        Ref ref = target instanceof Ref r ? r : target instanceof Var v ? new Ref(v, List.of(), v.location()) : null;
        if (ref == null) {
            ctx.error(RegoError.TYPE_ERROR, target.location(),
                    "with keyword target must reference existing input, data, or a function");
            return w;
        }
        if (ref.hasHead("data")) {
            RuleTree node = ctx.ruleTree();
            for (int i = 0; i < ref.path().size() - 1 && node != null; i++) {
                if (!(ref.path().get(i) instanceof Scalar s)) {
                    break;
                }
                node = node.child(s.value());
                if (node != null && !node.rules().isEmpty()) {
                    ctx.error(RegoError.COMPILE_ERROR, target.location(),
                            "with keyword cannot partially replace virtual document(s)");
                    return w;
                }
            }
            return new With(ref, value, w.location());
        }
        if (ref.hasHead("input")) {
            return new With(ref, value, w.location());
        }
        String name = ref.toDottedName();
        if (name != null && ctx.isBuiltin(name)) {
            if (name.equals(Operators.EQ) || name.equals(RewriteRegoMetadataCalls.CHAIN)
                    || name.equals(RewriteRegoMetadataCalls.RULE)) {
                ctx.error(RegoError.COMPILE_ERROR, target.location(),
                        "with keyword replacing built-in function: replacement of \"%s\" invalid", name);
            } else if (name.startsWith("internal.")) {
                ctx.error(RegoError.COMPILE_ERROR, target.location(),
                        "with keyword replacing built-in function: replacement of internal function \"%s\" invalid", name);
            } else if (name.equals(CheckVoidCalls.PRINT)) {
                ctx.error(RegoError.COMPILE_ERROR, target.location(),
                        "with keyword replacing built-in function: target must not be a void function");
            }
            return new With(ref, value, w.location());
        }
        ctx.error(RegoError.TYPE_ERROR, target.location(),
                "with keyword target must reference existing input, data, or a function");
        return w;
    }

    /** Checks and normalises the with clauses of a query expression. */
    static Expr checkExpr(CompileContext ctx, Expr e) {
        return rewrite(ctx).expr(e);
    }
}

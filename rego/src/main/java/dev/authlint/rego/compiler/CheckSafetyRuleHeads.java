package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleHead;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** Every variable in a rule head (ref, key, value) must appear in the body or the arguments. */
final class CheckSafetyRuleHeads implements CompilerStage {

    @Override
    public String name() {
        return "CheckSafetyRuleHeads";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule top : m.rules()) {
                for (Rule r : top.elseChain()) {
                    if (!check(ctx, r)) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean check(CompileContext ctx, Rule r) {
        RuleHead h = r.head();
        Set<Var> headVars = new LinkedHashSet<>();
        for (Term t : h.ref().path()) {
            headVars.addAll(VarVisitor.ALL.vars(t));
        }
        if (h.key() != null) {
            headVars.addAll(VarVisitor.SAFETY.vars(h.key()));
        }
        if (h.value() != null) {
            headVars.addAll(VarVisitor.SAFETY.vars(h.value()));
        }
        if (headVars.isEmpty()) {
            return true;
        }
        Set<Var> bound = new LinkedHashSet<>(VarVisitor.SAFETY.vars(r.body()));
        bound.addAll(CheckSafetyRuleBodies.reserved());
        h.args().forEach(a -> bound.addAll(VarVisitor.ALL.vars(a)));
        Set<String> unsafe = new TreeSet<>();
        for (Var v : headVars) {
            if (!bound.contains(v)) {
                String name = ctx.userName(v);
                if (!Safety.isGenerated(name)) {
                    unsafe.add(name);
                }
            }
        }
        for (String name : unsafe) {
            if (!ctx.error(RegoError.UNSAFE_VAR_ERROR, r.location(), "var %s is unsafe", name)) {
                return false;
            }
        }
        return true;
    }
}

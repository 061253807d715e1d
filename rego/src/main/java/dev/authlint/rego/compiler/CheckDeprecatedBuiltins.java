package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;

import java.util.Set;

/** v1 modules may not call builtins that OPA deprecated ("deprecated built-in function calls in expression: any"). */
final class CheckDeprecatedBuiltins implements CompilerStage {

    static final Set<String> DEPRECATED = Set.of("any", "all", "re_match", "set_diff", "net.cidr_overlap",
            "cast_array", "cast_set", "cast_string", "cast_boolean", "cast_null", "cast_object");

    @Override
    public String name() {
        return "CheckDeprecatedBuiltins";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (m.version() != RegoVersion.V1) {
                continue;
            }
            for (Rule r : m.rules()) {
                AstWalker.terms(r, t -> {
                    if (t instanceof Call c && c.name() != null && DEPRECATED.contains(c.name())) {
                        ctx.error(RegoError.TYPE_ERROR, c.location(), "deprecated built-in function calls in expression: %s",
                                c.name());
                    }
                    return false;
                });
            }
        }
    }
}

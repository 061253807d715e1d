package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Import;
import dev.authlint.rego.ast.Module;

import java.util.HashMap;
import java.util.Map;

/** In v1 modules, two imports may not bind the same name ("import must not shadow import data.foo"). */
final class CheckDuplicateImports implements CompilerStage {

    @Override
    public String name() {
        return "CheckDuplicateImports";
    }

    @Override
    public void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (m.version() != RegoVersion.V1) {
                continue;
            }
            Map<String, Import> seen = new HashMap<>();
            for (Import imp : m.imports()) {
                Import previous = seen.putIfAbsent(imp.name(), imp);
                if (previous != null) {
                    ctx.error(RegoError.COMPILE_ERROR, imp.location(), "import must not shadow %s", previous);
                }
            }
        }
    }
}

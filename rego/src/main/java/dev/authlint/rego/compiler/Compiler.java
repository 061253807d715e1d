package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Var;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks parsed modules and prepares them for evaluation, as OPA's {@code ast.Compiler}: the
 * stages below run in OPA's order on the modules sorted by file name, and compilation stops after
 * the first stage that reports errors (at most 10, then "error limit reached").
 *
 * <p>The result guarantees: refs are absolute ({@code data.pkg.rule}, imports expanded); locals
 * declared with {@code :=}, {@code some} and {@code every} have unique {@code __localN__} names
 * and {@code :=} is unification; {@code some x in xs} is {@code x = xs[__localN__]}; every body
 * is ordered so expressions run after the vars they read are bound;
 * {@code rego.metadata.rule()}/{@code chain()} are constants. Nested calls are not flattened.
 */
public final class Compiler {

    private static final List<CompilerStage> STAGES = List.of(
            new ResolveRefs(),
            new CheckKeywordOverrides(),
            new CheckDuplicateImports(),
            new RewriteLocalVars(),
            new CheckVoidCalls(),
            new CheckPrintCalls(),
            new SetAnnotationSet(),
            new RewriteRegoMetadataCalls(),
            new CheckWithTargets(),
            new CheckRuleConflicts(),
            new CheckUndefinedFuncs(),
            new CheckSafetyRuleHeads(),
            new CheckSafetyRuleBodies(),
            new CheckRecursion(),
            new CheckDeprecatedBuiltins());

    private Compiler() {
    }

    /**
     * Compiles modules.
     *
     * @param modules      parsed modules (any order; they are sorted by file name)
     * @param builtinArity arity of a builtin by name: -1 variadic, null if no such builtin
     * @return the immutable compiled policy
     * @throws RegoException with OPA's error codes if any check fails
     */
    public static CompiledPolicy compile(List<Module> modules, Function<String, Integer> builtinArity) {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(m -> m.file() == null ? "" : m.file()));
        Set<String> names = new HashSet<>();
        for (Module m : sorted) {
            for (var r : m.rules()) {
                AstWalker.terms(r, t -> {
                    if (t instanceof Var v) {
                        names.add(v.name());
                    }
                    return false;
                });
            }
        }
        CompileContext ctx = new CompileContext(sorted, builtinArity, new LocalVarGenerator("", names));
        for (CompilerStage stage : STAGES) {
            stage.run(ctx);
            if (ctx.failed()) {
                throw new RegoException(ctx.errors());
            }
        }
        return new CompiledPolicy(ctx.modules(), ctx.ruleTree(), ctx.annotationSet, ctx.rewrittenVars, builtinArity);
    }

    /** The stage names in execution order (OPA's names). */
    public static List<String> stageNames() {
        return STAGES.stream().map(CompilerStage::name).toList();
    }
}

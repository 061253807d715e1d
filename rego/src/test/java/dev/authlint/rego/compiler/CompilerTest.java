package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompilerTest {

    static CompiledPolicy compile(String... sources) {
        return compile(RegoVersion.V1, sources);
    }

    static CompiledPolicy compile(RegoVersion version, String... sources) {
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            modules.add(Parser.parseModule("test-" + i + ".rego", sources[i], version));
        }
        return Compiler.compile(modules, BuiltinRegistry.standard()::arity);
    }

    static List<RegoError> errors(String... sources) {
        return assertThrows(RegoException.class, () -> compile(sources)).errors();
    }

    static RegoError error(String source) {
        List<RegoError> errs = errors(source);
        return errs.get(0);
    }

    static Rule rule(CompiledPolicy p, int i) {
        return p.rules().get(i);
    }

    private static String body(CompiledPolicy p, String ruleName) {
        return p.rules().stream().filter(r -> r.head().name().equals(ruleName)).findFirst().orElseThrow()
                .body().toString();
    }

    @Test
    void resolvesRuleNamesAndImports() {
        CompiledPolicy p = compile("""
                package test
                import data.lib.k8s
                import input.request as req
                p if { k8s.ok(req.user); q }
                q := true
                """, """
                package lib.k8s
                ok(x) if x != ""
                """);
        assertEquals("data.lib.k8s.ok(input.request.user); data.test.q", body(p, "p"));
    }

    @Test
    void declaredLocalsShadowRuleNames() {
        CompiledPolicy p = compile("""
                package test
                q := 1
                p if { q := 2; q > 1 }
                """);
        assertEquals("__local0__ = 2; __local0__ > 1", body(p, "p"));
    }

    @Test
    void renamesLocalsAndKeepsUserNamesForQueries() {
        CompiledPolicy p = compile("""
                package test
                f(a) := b if b := a + 1
                s := [v | some v in input.vs; v > 1]
                """);
        Rule f = p.rules().get(0);
        assertEquals("f(__local0__) := __local1__", f.head().toString());
        assertEquals("__local1__ = __local0__ + 1", f.body().toString());
        CompiledQuery q = p.compileQuery("x := data.test.f(1); y = x");
        assertEquals("__localq0__ = data.test.f(1); y = __localq0__", q.body().toString());
        assertEquals(java.util.Map.of("__localq0__", "x", "y", "y"), q.resultVars());
    }

    @Test
    void reordersBodiesForSafety() {
        CompiledPolicy p = compile("""
                package test
                p if { x > 1; count(ys, x); ys = input.ys }
                q if { not input.deny[name]; name = input.name }
                r := n if { n := count(xs); xs = [y | y := input.zs[_]] }
                """);
        assertEquals("ys = input.ys; count(ys, x); x > 1", body(p, "p"));
        assertEquals("name = input.name; not input.deny[name]", body(p, "q"));
        assertEquals("xs = [__local1__ | __local1__ = input.zs[_]]; __local0__ = count(xs)", body(p, "r"));
    }

    @Test
    void reportsUnsafeVars() {
        RegoError e = error("""
                package test
                p if { x > 1 }
                """);
        assertEquals(RegoError.UNSAFE_VAR_ERROR, e.code());
        assertEquals("var x is unsafe", e.message());
        assertEquals(2, e.location().row());
        RegoError head = error("""
                package test
                p[x] := 1 if { input.a }
                """);
        assertEquals("var x is unsafe", head.message());
        RegoError negated = error("""
                package test
                p if { not input.xs[y] }
                """);
        assertEquals("var y is unsafe", negated.message());
    }

    @Test
    void reportsRedeclaredAndUnusedLocals() {
        assertEquals("var x assigned above", error("package test\np if { x := 1; x := 2 }").message());
        assertEquals("var x referenced above", error("package test\np if { x = 1; x := 2 }").message());
        assertEquals("declared var y unused", error("package test\np if { some y; input.a }").message());
        assertEquals("cannot assign to ref", error("package test\np if { input.x := 1 }").message());
        assertEquals("cannot assign to number", error("package test\np if { [1, x] := [1, 2] }").message());
        assertEquals("arg a redeclared", error("package test\nf(a) if { a := 1 }").message());
    }

    @Test
    void reportsRecursion() {
        List<RegoError> errs = errors("""
                package test
                p if q
                q if p
                """);
        assertEquals(RegoError.RECURSION_ERROR, errs.get(0).code());
        assertEquals("rule data.test.p is recursive: data.test.p -> data.test.q -> data.test.p", errs.get(0).message());
        assertEquals("rule data.test.f is recursive: data.test.f -> data.test.f",
                error("package test\nf(x) := f(x)").message());
    }

    @Test
    void reportsUndefinedFunctionsAndArity() {
        assertEquals("undefined function g", error("package test\np if g(1)").message());
        assertEquals("undefined function data.test.g", error("package test\np if data.test.g(1)").message());
        assertEquals("undefined function nope.fn", error("package test\np if nope.fn(1)").message());
        assertEquals("function data.test.f has arity 1, got 2 arguments",
                error("package test\nf(x) := x\np := f(1, 2)").message());
        assertTrue(error("package test\np if count(1, 2, 3)").message().startsWith("count: arity mismatch"));
        // a statement call may pass the output as an extra argument
        compile("package test\nf(x) := x\np if { f(1, y); y == 1 }");
    }

    @Test
    void reportsConflictingRules() {
        assertEquals("conflicting rules data.test.p found", error("""
                package test
                p := 1
                p contains 2
                """).message());
        assertEquals("conflicting rules data.test.f found", error("""
                package test
                f(x) := 1
                f(x, y) := 2
                """).message());
        RegoError defaults = error("""
                package test
                default p := 1
                default p := 2
                """);
        assertEquals("multiple default rules data.test.p found at test-0.rego:2, test-0.rego:3", defaults.message());
        assertEquals("rule data.test.p conflicts with [data.test.p.q]", error("""
                package test
                p := 1
                p.q := 2
                """).message());
    }

    @Test
    void v1KeywordOverridesImportsAndDeprecatedBuiltins() {
        assertEquals("rules must not shadow input (use a different rule name)",
                error("package test\ninput := 1").message());
        assertEquals("variables must not shadow data (use a different variable name)",
                error("package test\np if { data := 1; data }").message());
        assertEquals("import must not shadow import data.a.x",
                error("package test\nimport data.a.x\nimport data.b.x\np := 1").message());
        RegoError deprecated = error("package test\np if any([true])");
        assertEquals(RegoError.TYPE_ERROR, deprecated.code());
        assertEquals("deprecated built-in function calls in expression: any", deprecated.message());
        // v0 modules keep the old leniency
        compile(RegoVersion.V0, "package test\np { any([true]) }");
    }

    @Test
    void printMustBeAStatementWithBoundArguments() {
        assertEquals("print(1) used as value", error("package test\np if { x := print(1); x }").message());
        assertEquals("var y is undeclared", error("package test\np if { print(y); y = 1 }").message());
        compile("package test\np if { y := 1; print(\"y is\", y) }");
    }

    @Test
    void withTargetsMustBeInputDataOrFunctions() {
        assertEquals("with keyword target must reference existing input, data, or a function",
                error("package test\np if { true with foo as 1 }").message());
        compile("package test\nf(x) := x\np if { f(1) with data.test.f as 2; true with input.x as 1 with count as 3 }");
    }

    @Test
    void inlinesRegoMetadata() {
        CompiledPolicy p = compile("""
                # METADATA
                # title: pkg
                package test

                # METADATA
                # title: Allow
                # custom:
                #   severity: high
                allow := rego.metadata.rule()
                chain := rego.metadata.chain()
                """);
        assertEquals("{\"custom\": {\"severity\": \"high\"}, \"scope\": \"rule\", \"title\": \"Allow\"}",
                p.rules().get(0).head().value().toString());
        String chain = p.rules().get(1).head().value().toString();
        assertEquals("[{\"path\": [\"test\", \"chain\"]}, {\"annotations\": {\"scope\": \"package\", "
                + "\"title\": \"pkg\"}, \"path\": [\"test\"]}]", chain);
    }

    @Test
    void errorLimitIsTen() {
        StringBuilder src = new StringBuilder("package test\n");
        for (int i = 0; i < 12; i++) {
            src.append("p").append(i).append(" if { x").append(i).append(" > 1 }\n");
        }
        List<RegoError> errs = errors(src.toString());
        assertEquals(11, errs.size());
        assertEquals("error limit reached", errs.get(10).message());
    }

    @Test
    void discoversTests() {
        CompiledPolicy p = compile("""
                package test
                test_a if true
                todo_test_b if true
                helper := 1
                """);
        assertEquals(List.of("data.test.test_a", "data.test.todo_test_b"),
                p.tests().stream().map(TestRule::name).toList());
        assertTrue(p.tests().get(1).todo());
    }

    @Test
    void stagesRunInOpasOrder() {
        assertEquals(List.of("ResolveRefs", "CheckKeywordOverrides", "CheckDuplicateImports", "RewriteLocalVars",
                "CheckVoidCalls", "RewritePrintCalls", "SetAnnotationSet", "RewriteRegoMetadataCalls",
                "RewriteWithValues", "CheckRuleConflicts", "CheckUndefinedFuncs", "CheckSafetyRuleHeads",
                "CheckSafetyRuleBodies", "CheckRecursion", "CheckDeprecatedBuiltins"), Compiler.stageNames());
    }

    @Test
    void rewritesSomeInEveryAndWithForTheEvaluator() {
        CompiledPolicy p = compile("""
                package test
                p if { some k, v in input.m; v > k }
                q if { every x in input.xs { x > 0 } }
                r if { count(input.xs) == 2 with count as 2 with input.xs as [] }
                """);
        assertEquals("__local1__ = input.m[__local0__]; __local1__ > __local0__", body(p, "p"));
        assertEquals("every __local2__, __local3__ in input.xs { __local3__ > 0 }", body(p, "q"));
        dev.authlint.rego.ast.Expr with = p.rules().get(2).body().exprs().get(0);
        assertEquals(List.of("count", "input.xs"), with.withs().stream().map(w -> w.target().toString()).toList());
        assertTrue(with.withs().get(0).target() instanceof dev.authlint.rego.ast.Ref);
    }

    @Test
    void queryResultVarsSkipWildcardsAndTemporaries() {
        CompiledPolicy p = compile("package test\nxs := [1, 2]");
        CompiledQuery q = p.compileQuery("some i; x := data.test.xs[i]; data.test.xs[_] = y");
        assertEquals(java.util.Map.of("__localq0__", "i", "__localq1__", "x", "y", "y"), q.resultVars());
    }
}

package dev.authlint.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.builtins.BuiltinDecl;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: building, preparing once, evaluating many times, results and errors. */
class RegoTest {

    private static final String POLICY = """
            package authz
            default allow := false
            allow if input.user == "admin"
            deny contains msg if {
                some r in input.roles
                r == "root"
                msg := {"forbidden": r}
            }
            """;

    @Test
    void aModuleParsedByTheCallerIsCompiledAsIs() {
        dev.authlint.rego.ast.Module parsed = dev.authlint.rego.parser.Parser.parseModule("authz.rego", POLICY,
                RegoVersion.V1);
        Rego rego = Rego.builder().module(parsed).build();
        assertTrue(rego.modules().contains(parsed));
        assertEquals(List.of(Values.fromJava(true)), rego.prepare("data.authz.allow")
                .eval(Values.fromJson("{\"user\": \"admin\"}")).results().get(0).expressions());
    }

    @Test
    void preparedQueryIsReusableWithDifferentInputs() {
        PreparedQuery q = Rego.builder().module("authz.rego", POLICY).build().prepare("data.authz.allow");
        assertEquals(List.of(Values.fromJava(true)), q.eval(Values.fromJson("{\"user\": \"admin\"}")).results().get(0).expressions());
        assertEquals(List.of(Values.fromJava(false)), q.eval(Values.fromJson("{\"user\": \"bob\"}")).results().get(0).expressions());
    }

    @Test
    void bindingsHoldUserVariablesOnly() {
        ResultSet rs = Rego.builder().module("authz.rego", POLICY).build()
                .prepare("some i; msg := data.authz.deny[_]; x := [1, 2][i]")
                .eval(Values.fromJson("{\"roles\": [\"root\"]}"));
        assertEquals(2, rs.results().size());
        Result first = rs.results().get(0);
        assertEquals(java.util.Set.of("i", "msg", "x"), first.bindings().keySet());
        assertEquals(Values.fromJson("{\"forbidden\": \"root\"}"), first.binding("msg"));
    }

    @Test
    void undefinedQueryHasNoResultsAndPrintsAsEmptyJson() {
        ResultSet rs = Rego.builder().module("authz.rego", POLICY).build().prepare("data.authz.nope").eval(null);
        assertTrue(rs.isEmpty());
        assertEquals("{ }", rs.toJson());
    }

    @Test
    void jsonOutputFollowsOpaEval() throws Exception {
        ResultSet rs = Rego.builder().module("authz.rego", POLICY).build().prepare("x := data.authz.deny")
                .eval(Values.fromJson("{\"roles\": [\"root\"]}"));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.toJson());
        var result = tree.get("result").get(0);
        assertEquals("root", result.get("bindings").get("x").get(0).get("forbidden").asText());
        assertEquals("x := data.authz.deny", result.get("expressions").get(0).get("text").asText());
        assertTrue(result.get("expressions").get(0).get("value").asBoolean());
    }

    @Test
    void compileErrorsNameFileAndLine() {
        RegoException e = assertThrows(RegoException.class,
                () -> Rego.builder().module("broken.rego", "package p\n\nallow if {").build());
        assertTrue(e.getMessage().contains("broken.rego:"), e.getMessage());
        assertEquals(RegoError.PARSE_ERROR, e.code());
    }

    @Test
    void printGoesToTheSinkWithFileAndRow() {
        List<String> lines = new ArrayList<>();
        Rego rego = Rego.builder().printSink(lines::add)
                .module("p.rego", "package p\nallow if {\n  print(\"user\", input.user, input.missing)\n}")
                .build();
        rego.prepare("data.p.allow").eval(Values.fromJson("{\"user\": \"ann\"}"));
        assertEquals(List.of("p.rego:3: user ann <undefined>"), lines);
    }

    @Test
    void builtinsSeeOneFixedClockPerEvaluation() {
        BuiltinRegistry registry = BuiltinRegistry.standard().with(new BuiltinDecl("test.clock", 0, "test",
                (ctx, args) -> NumberValue.of(ctx.nowNs()), false, false));
        PreparedQuery q = Rego.builder().builtins(registry)
                .module("t.rego", "package t\np := [test.clock(), test.clock()]").build()
                .prepare("x := data.t.p");
        Value v = q.eval(null, EvalOptions.builder().nowNs(42).build()).results().get(0).binding("x");
        assertEquals(Values.fromJson("[42, 42]"), v);
    }

    @Test
    void modulesLoadFromDirectoriesInSortedOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.rego"), "package b\nq := data.a.p + 1");
        Files.writeString(dir.resolve("a.rego"), "package a\np := 1");
        Files.writeString(dir.resolve("notes.txt"), "not rego");
        Rego rego = Rego.builder().modulesFrom(dir).build();
        assertEquals(2, rego.modules().size());
        assertTrue(rego.modules().get(0).file().endsWith("a.rego"));
        assertEquals(NumberValue.of(2), rego.prepare("x := data.b.q").eval(null).results().get(0).binding("x"));
    }

    @Test
    void preparedQueriesAreSafeToShareBetweenThreads() throws Exception {
        PreparedQuery q = Rego.builder()
                .module("c.rego", "package c\ndouble := [y | some v in input.xs; y := v * 2]")
                .build().prepare("x := data.c.double");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 200; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    Value out = q.eval(Values.fromJson("{\"xs\": [" + n + ", 1]}")).results().get(0).binding("x");
                    return out.equals(Values.fromJson("[" + (2 * n) + ", 2]"));
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

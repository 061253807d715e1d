package dev.authlint.rego.eval;

import static dev.authlint.rego.eval.Policies.compile;
import static dev.authlint.rego.eval.Policies.p;
import static dev.authlint.rego.eval.Policies.x;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.EvalOptions;
import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Evaluation semantics, each pinned by a small policy. */
class TopDownTest {

    @Nested
    class CompleteRules {
        @Test
        void falseIsAValueButAFailedBodyIsUndefined() {
            assertEquals("false", p("package test\np := input.a == 1", "{\"a\": 2}"));
            assertEquals("undefined", p("package test\np if input.a == 1", "{\"a\": 2}"));
        }

        @Test
        void defaultAppliesOnlyWhenNoOtherRuleProducesAValue() {
            String module = "package test\ndefault p := 0\np := 1 if input.on";
            assertEquals("0", p(module, "{\"on\": false}"));
            assertEquals("1", p(module, "{\"on\": true}"));
        }

        @Test
        void elseChainTakesTheFirstBranchThatSucceeds() {
            String module = """
                    package test
                    p := "big" if { input.n > 10 } else := "medium" if { input.n > 5 } else := "small"
                    """;
            assertEquals("\"big\"", p(module, "{\"n\": 11}"));
            assertEquals("\"medium\"", p(module, "{\"n\": 6}"));
            assertEquals("\"small\"", p(module, "{\"n\": 1}"));
        }

        @Test
        void twoDifferentValuesAreAConflict() {
            RegoException e = assertThrows(RegoException.class,
                    () -> p("package test\np := 1\np := 2", null));
            assertEquals(RegoError.EVAL_CONFLICT_ERROR, e.code());
            assertTrue(e.getMessage().contains("rule data.test.p produced conflicting values"), e.getMessage());
            assertTrue(e.getMessage().contains("complete rules must not produce multiple outputs"), e.getMessage());
        }

        @Test
        void equalValuesFromSeveralRulesAreNoConflict() {
            assertEquals("true", p("package test\np if input.a\np if input.b", "{\"a\": true, \"b\": true}"));
        }
    }

    @Nested
    class PartialRules {
        @Test
        void multiValueRulesBuildASet() {
            String module = """
                    package test
                    p contains x if { some x in input.xs; x > 1 }
                    p contains "fixed"
                    """;
            assertEquals("{2, 3, \"fixed\"}", p(module, "{\"xs\": [1, 2, 3, 2]}"));
        }

        @Test
        void emptyPartialSetIsAnEmptySetNotUndefined() {
            assertEquals("set()", p("package test\np contains x if { some x in input.xs }", "{\"xs\": []}"));
        }

        @Test
        void partialObjectsAndRefHeads() {
            String module = """
                    package test
                    p[k] := v if { some k, v in input.m }
                    p.fixed := 1
                    q.a.b[k] := true if { some k in ["x", "y"] }
                    """;
            assertEquals("{\"a\": 9, \"fixed\": 1}", p(module, "{\"m\": {\"a\": 9}}"));
            assertEquals("{\"a\": {\"b\": {\"x\": true, \"y\": true}}}",
                    x(compile(module), "x = data.test.q", "{\"m\": {}}"));
        }

        @Test
        void sameKeyWithDifferentValuesIsAConflict() {
            RegoException e = assertThrows(RegoException.class,
                    () -> p("package test\np[k] := v if { some v in [1, 2]; k := \"a\" }", null));
            assertEquals(RegoError.EVAL_CONFLICT_ERROR, e.code());
        }

        @Test
        void packageExtentMergesRulesBaseDataAndSkipsFunctions() {
            String module = """
                    package test
                    p := 1
                    q := 2 if false
                    f(x) := x
                    """;
            assertEquals("{\"p\": 1}", x(compile(module), "x = data.test", null));
        }
    }

    @Nested
    class Functions {
        @Test
        void argumentsArePatternsAndDefinitionsCombine() {
            String module = """
                    package test
                    f([a, b]) := a + b
                    f(x) := x if is_number(x)
                    p := [f([1, 2]), f(7)]
                    """;
            assertEquals("[3, 7]", p(module, null));
        }

        @Test
        void definitionsDisagreeingIsAConflict() {
            RegoException e = assertThrows(RegoException.class,
                    () -> p("package test\nf(x) := 1\nf(x) := 2\np := f(0)", null));
            assertEquals(RegoError.EVAL_CONFLICT_ERROR, e.code());
            assertTrue(e.getMessage().contains("function data.test.f produced conflicting values"), e.getMessage());
        }

        @Test
        void aCallWithoutOutputFailsOnFalse() {
            String module = "package test\nf(x) := x > 1\np if f(input.n)";
            assertEquals("true", p(module, "{\"n\": 2}"));
            assertEquals("undefined", p(module, "{\"n\": 0}"));
        }
    }

    @Nested
    class Expressions {
        @Test
        void notSucceedsOnlyWithoutSolutions() {
            String module = "package test\np if not input.deny\nq if not input.missing.field";
            assertEquals("true", p(module, "{\"deny\": false}"));
            assertEquals("undefined", p(module, "{\"deny\": true}"));
            assertEquals("true", x(compile(module), "x = data.test.q", "{}"));
        }

        @Test
        void unaryMinusNegatesAReference() {
            String module = "package test\np := -input.n * 2";
            assertEquals("-6", p(module, "{\"n\": 3}"));
            assertEquals("1.5", p(module, "{\"n\": -0.75}"));
            assertEquals("undefined", p(module, "{}"));
        }

        @Test
        void everyRequiresEachElementToSatisfyTheBody() {
            String module = "package test\np if every x in input.xs { x > 0 }";
            assertEquals("true", p(module, "{\"xs\": [1, 2]}"));
            assertEquals("true", p(module, "{\"xs\": []}"));
            assertEquals("undefined", p(module, "{\"xs\": [1, -1]}"));
        }

        @Test
        void comprehensionsCloseOverOuterVariables() {
            String module = """
                    package test
                    p := {"arr": a, "set": s, "obj": o} if {
                        limit := 2
                        a := [x | some x in input.xs; x >= limit]
                        s := {x | some x in input.xs}
                        o := {k: count(v) | some k, v in input.m}
                    }
                    """;
            assertEquals("{\"arr\": [2, 3], \"obj\": {\"a\": 2}, \"set\": {1, 2, 3}}",
                    p(module, "{\"xs\": [1, 2, 3], \"m\": {\"a\": [0, 0]}}"));
        }

        @Test
        void unificationDestructuresArraysAndObjects() {
            assertEquals("[1, 2, 3]", p("package test\np := [a, b, c] if { [a, [b, c]] = [1, [2, 3]] }", null));
            assertEquals("2", p("package test\np := v if { {\"k\": v} = {\"k\": 2} }", null));
            assertEquals("1", p("package test\np := x if { [x, y] = [y, 1] }", null));
        }

        @Test
        void bodiesAreOrderedSoVariablesAreBoundBeforeUse() {
            assertEquals("4", p("package test\np := y if { y = x * 2; x = input.n }", "{\"n\": 2}"));
        }

        @Test
        void refsWithVariablesEnumerate() {
            Rego rego = compile("package test\np contains [i, name] if input.users[i].name = name");
            assertEquals("{[0, \"a\"], [1, \"b\"]}",
                    x(rego, "x = data.test.p", "{\"users\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}"));
        }

        @Test
        void queryEnumeratesEverySolution() {
            assertEquals("1 | 2", x(compile("package test"), "x := [1, 2][_]", null));
        }
    }

    @Nested
    class BaseAndVirtualDocuments {
        @Test
        void dataMergesBaseDocumentsWithRules() {
            Rego rego = dev.authlint.rego.Rego.builder()
                    .module("a.rego", "package test\np := data.test.limit + 1")
                    .data(dev.authlint.rego.value.Values.fromJson("{\"test\": {\"limit\": 4}}"))
                    .build();
            assertEquals("{\"limit\": 4, \"p\": 5}", x(rego, "x = data.test", null));
        }

        @Test
        void iteratingPackagesVisitsRulesAndBaseKeys() {
            Rego rego = dev.authlint.rego.Rego.builder()
                    .module("a.rego", "package test.rules\na := 1\nb := 2")
                    .data(dev.authlint.rego.value.Values.fromJson("{\"test\": {\"rules\": {\"c\": 3}}}"))
                    .build();
            assertEquals("\"a\" | \"b\" | \"c\"", x(rego, "data.test.rules[x]", null));
        }
    }

    @Nested
    class With {
        @Test
        void replacesInputAndDataOnlyForOneExpression() {
            String module = """
                    package test
                    q := input.n
                    r := data.test.q
                    p := [a, b, c] if {
                        a := q with input.n as 5
                        b := q
                        c := r with data.test.q as 7
                    }
                    """;
            assertEquals("[5, 1, 7]", p(module, "{\"n\": 1}"));
        }

        @Test
        void mocksFunctionsAndBuiltins() {
            String module = """
                    package test
                    f(x) := x + 1
                    g(x) := x * 10
                    p := [a, b, c] if {
                        a := f(1) with f as g
                        b := count([1, 2, 3]) with count as 99
                        c := f(1)
                    }
                    """;
            assertEquals("[10, 99, 2]", p(module, null));
        }

        @Test
        void aReplacementMayCallTheFunctionItReplaces() {
            String module = """
                    package test
                    mock_count(xs) := count(xs) * 2
                    p := n if { n := count([1, 2]) with count as mock_count }
                    """;
            assertEquals("4", p(module, null));
        }
    }

    @Nested
    class Builtins {
        @Test
        void failingBuiltinsAreUndefinedUnlessStrict() {
            String module = "package test\np := count(input.n)";
            assertEquals("undefined", p(module, "{\"n\": 1}"));
            RegoException e = assertThrows(RegoException.class,
                    () -> p(module, "{\"n\": 1}", EvalOptions.builder().strictBuiltinErrors(true).build()));
            assertEquals(RegoError.EVAL_TYPE_ERROR, e.code());
            assertTrue(e.getMessage().startsWith("1 error occurred: test-0.rego:2: eval_type_error: count: operand 1"),
                    e.getMessage());
        }
    }
}

package dev.authlint.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Policies and inputs meant to exhaust the engine must end in one clear result or error. */
class HostileInputTest {

    /** {"a": {"a": ... {"a": 1}}} nested {@code depth} levels, built without recursion. */
    private static Value nested(int depth) {
        Value v = NumberValue.of(1);
        for (int i = 0; i < depth; i++) {
            v = ObjectValue.builder().put("a", v).build();
        }
        return v;
    }

    @Test
    void deeplyNestedInputIsComparedWithoutStackOverflow() {
        Rego rego = Rego.builder().data(ObjectValue.builder().put("copy", nested(10_000)).build())
                .module("deep.rego", """
                package deep
                same := input == data.copy
                keys := [k | some k, _ in input]
                """).build();
        Value input = nested(10_000);
        var rs = rego.prepare("x := data.deep.same; y := data.deep.keys").eval(input);
        assertEquals(dev.authlint.rego.value.BooleanValue.TRUE, rs.results().get(0).binding("x"));
    }

    @Test
    void evaluationThatOverflowsTheCallersStackIsRetriedOnALargeStack() throws Exception {
        Rego rego = Rego.builder().data(ObjectValue.builder().put("copy", nested(20_000)).build())
                .module("deep.rego", "package deep\nsame := input == data.copy").build();
        var query = rego.prepare("x := data.deep.same");
        Value input = nested(20_000);
        Object[] outcome = new Object[1];
        // A 256 KiB stack cannot hold a 20,000-level comparison: the first attempt overflows.
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = query.eval(input).results().get(0).binding("x");
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals(dev.authlint.rego.value.BooleanValue.TRUE, outcome[0]);
    }

    @Test
    void millionElementComprehensionCompletes() {
        Rego rego = Rego.builder().module("big.rego", """
                package big
                n := count([x | some x in numbers.range(1, 1000000); x % 2 == 0])
                """).build();
        assertEquals(NumberValue.of(500_000), rego.prepare("x := data.big.n").eval(null).results().get(0).binding("x"));
    }

    @Test
    void nonTerminatingPolicyIsCancelledNamingFileAndRule() {
        Rego rego = Rego.builder().timeout(Duration.ofMillis(200)).module("slow.rego", """
                package slow
                spin if {
                    some a in numbers.range(1, 100000)
                    some b in numbers.range(1, 100000)
                    a + b < 0
                }
                """).build();
        RegoException e = assertThrows(RegoException.class, () -> rego.prepare("data.slow.spin").eval(null));
        assertEquals(RegoError.EVAL_CANCEL_ERROR, e.code());
        assertTrue(e.getMessage().contains("slow.rego"), e.getMessage());
        assertTrue(e.getMessage().contains("data.slow.spin"), e.getMessage());
    }

    @Test
    void recursionThatEscapedCompileChecksIsReportedNotOverflowed() {
        // The compiler rejects recursion; plan the parsed module directly to exercise the runtime guard.
        var module = dev.authlint.rego.parser.Parser.parseModule("r.rego", "package r\na := b\nb := a");
        Planner planner = Planner.plan(java.util.List.of(module), dev.authlint.rego.builtins.BuiltinRegistry.standard());
        var query = planner.query(dev.authlint.rego.parser.Parser.parseQuery("data.r.a"), null);
        RegoException e = assertThrows(RegoException.class,
                () -> QueryRunner.run(planner.policy(ObjectValue.EMPTY), query, null, EvalConfig.defaults(10_000)));
        assertEquals(RegoError.RECURSION_ERROR, e.code());
        assertTrue(e.getMessage().contains("data.r.a -> data.r.b -> data.r.a"), e.getMessage());
    }
}

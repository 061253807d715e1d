package dev.authlint.rego.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs and policies built to hurt an evaluator, run through the public API. Each must end with a result
 * or one clear {@link RegoException}: never a {@link StackOverflowError}, another exception type, or a hang
 * past the configured deadline. The JUnit timeouts are hang guards, not performance assertions.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final int DEPTH = 10_000;

    private static Rego policy(String source, Duration timeout) {
        return Rego.builder().module("hostile.rego", source).timeout(timeout).build();
    }

    /** {"a": {"a": ... {"a": [depth]} ...}} nested {@code depth} objects deep. */
    private static Value nestedObjects(int depth) {
        Value v = ArrayValue.of(List.of(NumberValue.of(depth)));
        for (int i = 0; i < depth; i++) {
            v = ObjectValue.builder().put("a", v).build();
        }
        return v;
    }

    @Test
    void inputNestedTenThousandLevelsDeepGivesAResultOrOneClearError() {
        // A structurally equal but distinct copy in data, so that == must really descend 10,000 levels.
        Rego rego = Rego.builder().module("hostile.rego", """
                package hostile

                shallow := input.a.a.a

                same if input == data.copy

                size := count(input)

                ordered := sort([data.copy, input])

                indexed := {input: 1}
                """).data(ObjectValue.builder().put("copy", nestedObjects(DEPTH)).build())
                .timeout(Duration.ofSeconds(30)).build();
        Value input = nestedObjects(DEPTH);
        for (String rule : List.of("shallow", "same", "size", "ordered", "indexed")) {
            String query = "data.hostile." + rule;
            Outcome outcome = Outcome.of(() -> rego.prepare(query).eval(input));
            if (outcome.error() != null) {
                assertClear(outcome.error(), query);
                continue;
            }
            assertEquals(1, outcome.results().results().size(), query);
            Value value = outcome.results().results().get(0).expressions().get(0);
            switch (rule) {
                case "shallow" -> assertEquals(DEPTH - 3, depth(value), query);
                case "same" -> assertEquals(BooleanValue.TRUE, value, query);
                case "size" -> assertEquals(NumberValue.of(1), value, query);
                case "ordered" -> assertEquals(2, ((ArrayValue) value).size(), query);
                default -> assertEquals(1, ((ObjectValue) value).size(), query);
            }
        }
    }

    /** Nesting depth of {@link #nestedObjects}, counted without recursion (so the test itself cannot overflow). */
    private static int depth(Value value) {
        int depth = 0;
        while (value instanceof ObjectValue object) {
            value = object.get("a");
            depth++;
        }
        return depth;
    }

    @Test
    void comprehensionOverAMillionElementsCompletes() {
        Rego rego = policy("""
                package hostile

                evens := count([x | some x in numbers.range(1, 1000000); x % 2 == 0])
                """, Duration.ofSeconds(60));
        ResultSet rs = rego.prepare("data.hostile.evens = n").eval(null);
        assertEquals(NumberValue.of(500_000), rs.results().get(0).bindings().get("n"));
    }

    @Test
    void policyThatNeverFinishesStopsAtTheDeadlineWithOneCancelError() {
        Rego rego = policy("""
                package hostile

                r := numbers.range(1, 1000)

                forever if {
                	some a in r
                	some b in r
                	some c in r
                	some d in r
                	a + b + c + d < 0
                }
                """, Duration.ofSeconds(1));
        RegoException e = assertThrows(RegoException.class, () -> rego.prepare("data.hostile.forever").eval(null));
        assertEquals(1, e.errors().size(), e.getMessage());
        RegoError error = e.errors().get(0);
        assertEquals("eval_cancel_error", error.code());
        assertTrue(e.getMessage().contains("hostile.rego"), "names the policy file: " + e.getMessage());
        assertTrue(e.getMessage().contains("forever"), "names the rule: " + e.getMessage());
    }

    @Test
    void policyNestedTenThousandLevelsDeepGivesAResultOrOneClearError() {
        String deep = "[".repeat(DEPTH) + "1" + "]".repeat(DEPTH);
        Outcome outcome = Outcome.of(() -> policy("package hostile\n\np := " + deep + "\n", Duration.ofSeconds(30))
                .prepare("data.hostile.p = x").eval(null));
        if (outcome.error() != null) {
            assertClear(outcome.error(), "deep policy");
            assertTrue(outcome.error().errors().get(0).location() != null, "a parse error names file and line");
        } else {
            assertEquals(1, outcome.results().results().size());
        }
    }


    @Test
    void catastrophicBacktrackingRegexIsLinearThroughRe2() {
        Rego rego = policy("""
                package hostile

                matched := regex.match(`(a+)+$`, input.s)
                """, Duration.ofSeconds(30));
        // java.util.regex needs ~2^n steps for n 'a's followed by a non-matching character; RE2 is linear.
        Value input = ObjectValue.builder().put("s", StringValue.of("a".repeat(100_000) + "!")).build();
        ResultSet rs = rego.prepare("data.hostile.matched = m").eval(input);
        assertEquals(BooleanValue.FALSE, rs.results().get(0).bindings().get("m"));
    }

    private static void assertClear(RegoException e, String what) {
        assertFalse(e.errors().isEmpty(), what + ": error list is empty");
        for (RegoError error : e.errors()) {
            assertFalse(error.code() == null || error.code().isBlank(), what + ": error without code");
            assertFalse(error.message() == null || error.message().isBlank(), what + ": error without message");
        }
    }

    /** A result or a {@link RegoException}; anything else (including StackOverflowError) fails the test. */
    private record Outcome(ResultSet results, RegoException error) {
        static Outcome of(java.util.function.Supplier<ResultSet> evaluation) {
            try {
                return new Outcome(evaluation.get(), null);
            } catch (RegoException e) {
                return new Outcome(null, e);
            }
        }
    }
}

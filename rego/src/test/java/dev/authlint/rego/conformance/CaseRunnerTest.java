package dev.authlint.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {

    private final CaseRunner runner = new CaseRunner(Duration.ofSeconds(5));

    private Map<String, CaseResult> run(String resource, String displayName) {
        List<ConformanceCase> cases = CaseLoader.load(CaseLoaderTest.resource(resource), displayName).cases();
        return cases.stream().map(runner::run)
                .collect(Collectors.toMap(r -> r.testCase().id().substring(displayName.length() + 4), Function.identity()));
    }

    private static void assertStatus(CaseResult.Status expected, CaseResult result) {
        assertEquals(expected, result.status(), result.testCase().id() + ": " + result.detail());
    }

    @Test
    void opaCasesThatHoldPass() {
        Map<String, CaseResult> results = run("opa/demo/cases.yaml", "opa/demo/cases.yaml");
        results.values().forEach(r -> assertStatus(CaseResult.Status.PASSED, r));
    }

    @Test
    void opaMismatchesFailWithTheReason() {
        Map<String, CaseResult> results = run("opa/demo/wrong.yaml", "opa/demo/wrong.yaml");
        CaseResult value = results.get("wrong/value");
        assertStatus(CaseResult.Status.FAILED, value);
        assertEquals("got [{\"x\": 1}] but expected [{\"x\": 2}]", value.detail());

        CaseResult code = results.get("wrong/code");
        assertStatus(CaseResult.Status.FAILED, code);
        assertTrue(code.detail().startsWith("expected eval_type_error but got error: "), code.detail());
        assertTrue(code.detail().contains("eval_builtin_error"), code.detail());

        CaseResult noError = results.get("wrong/expected error");
        assertStatus(CaseResult.Status.FAILED, noError);
        assertTrue(noError.detail().startsWith("expected an error containing \"boom\" but got 1 result(s)"), noError.detail());

        assertStatus(CaseResult.Status.FAILED, results.get("wrong/extra row"));
        assertStatus(CaseResult.Status.PASSED, results.get("right/non-string keys and numbers by value"));
    }

    @Test
    void regorusCasesUseTheirOwnConventions() {
        Map<String, CaseResult> results = run("regorus/demo/cases.yaml", "regorus/demo/cases.yaml");
        assertStatus(CaseResult.Status.PASSED, results.get("many inputs"));
        assertStatus(CaseResult.Status.PASSED, results.get("expects error"));
        assertStatus(CaseResult.Status.PASSED, results.get("lenient"));
        assertStatus(CaseResult.Status.PASSED, results.get("repl false"));
        assertStatus(CaseResult.Status.PASSED, results.get("prints and object keys"));
        CaseResult malformed = results.get("neither");
        assertStatus(CaseResult.Status.FAILED, malformed);
        assertTrue(malformed.detail().startsWith("malformed case:"), malformed.detail());
    }

    @Test
    void suiteHonoursTheSkipListAndCountsEveryCase() throws Exception {
        SkipList skip = SkipList.parse(new java.io.ByteArrayInputStream(
                "opa/demo/wrong.yaml :: wrong/value :: demonstrates skipping\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ConformanceSummary summary = new ConformanceSuite(skip, Duration.ofSeconds(5))
                .run(List.of(CaseLoaderTest.resource("opa")), r -> { });
        assertEquals(1, summary.count(CaseResult.Status.SKIPPED));
        assertEquals(3, summary.count(CaseResult.Status.FAILED));
        assertEquals(5, summary.count(CaseResult.Status.PASSED));
        assertEquals("conformance: 5 passed, 3 failed, 1 skipped", summary.totalsLine());
        String file = summary.results().get(0).testCase().file();
        assertTrue(file.endsWith("/opa/demo/cases.yaml"), file);
    }
}

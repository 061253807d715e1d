package dev.authlint.rego.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunnerTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TestRunnerTest.class.getResource("/tester/" + name).toURI());
    }

    private static TestRunner suite() throws Exception {
        return TestRunner.load(List.of(resource("suite")), RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT);
    }

    private static Map<String, TestResult> byShortName(TestReport report) {
        return report.results().stream().collect(Collectors.toMap(
                r -> r.test().name().substring(r.test().name().lastIndexOf('.') + 1), Function.identity()));
    }

    @Test
    void skipsTheCopiesInAMavenBuildFolder(@TempDir Path dir) throws Exception {
        String module = "package p_test\n\ntest_one if true\n";
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("p_test.rego"), module);
        Files.createDirectories(dir.resolve("target/classes"));
        Files.writeString(dir.resolve("target/classes/p_test.rego"), module);
        List<String> names = TestRunner.load(List.of(dir), RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT).tests()
                .stream().map(TestCase::file).toList();
        assertEquals(List.of(dir.resolve("p_test.rego").toString()), names);
    }

    @Test
    void discoversTestAndTodoRulesButNotHelpersOrFunctions() throws Exception {
        List<String> names = suite().tests().stream().map(TestCase::name).toList();
        assertEquals(List.of(
                "data.rbac_test.test_wildcard_denied",
                "data.rbac_test.test_limits_from_data_file",
                "data.rbac_test.test_owner_with_mocked_data",
                "data.rbac_test.test_function_mock",
                "data.rbac_test.test_fails_when_false",
                "data.rbac_test.test_fails_when_undefined",
                "data.rbac_test.test_errors_on_conflict",
                "data.rbac_test.todo_test_not_written_yet",
                "data.rbac_test.test_table"), names);
        TestCase first = suite().tests().get(0);
        assertTrue(first.file().endsWith("rbac_test.rego"), first.file());
        assertEquals(7, first.row());
    }

    @Test
    void judgesEachTestLikeOpaTest() throws Exception {
        List<TestResult> streamed = new ArrayList<>();
        TestReport report = suite().run(null, streamed::add);
        assertEquals(report.results(), streamed);
        Map<String, TestResult> results = byShortName(report);
        assertEquals(TestOutcome.PASS, results.get("test_wildcard_denied").outcome(), results.get("test_wildcard_denied").detail());
        assertEquals(TestOutcome.PASS, results.get("test_limits_from_data_file").outcome(), "data.json loads at data.lib");
        assertEquals(TestOutcome.PASS, results.get("test_owner_with_mocked_data").outcome());
        assertEquals(TestOutcome.PASS, results.get("test_function_mock").outcome(), "user functions can be mocked");
        assertEquals(TestOutcome.FAIL, results.get("test_fails_when_false").outcome());
        assertEquals(TestOutcome.FAIL, results.get("test_fails_when_undefined").outcome());
        assertEquals("test is undefined", results.get("test_fails_when_undefined").detail());
        TestResult conflict = results.get("test_errors_on_conflict");
        assertEquals(TestOutcome.ERROR, conflict.outcome());
        assertTrue(conflict.detail().contains("eval_conflict_error"), conflict.detail());
        assertEquals(TestOutcome.SKIPPED, results.get("todo_test_not_written_yet").outcome());
        TestResult table = results.get("test_table");
        assertEquals(TestOutcome.FAIL, table.outcome(), "a table test fails when one key is not true");
        assertEquals("not true for \"viewer\"", table.detail());
        assertFalse(report.passed());
    }

    @Test
    void capturesPrintOutputPerTest() throws Exception {
        Map<String, TestResult> results = byShortName(suite().run(null, r -> { }));
        List<String> prints = results.get("test_fails_when_false").prints();
        assertEquals(1, prints.size(), prints.toString());
        assertTrue(prints.get(0).endsWith("rbac_test.rego:26: checking 0"), prints.get(0));
        assertTrue(results.get("test_wildcard_denied").prints().isEmpty());
    }

    @Test
    void filterSelectsTestsByFullName() throws Exception {
        TestReport report = suite().run(Pattern.compile("rbac_test\\.test_(wildcard|owner)"), r -> { });
        assertEquals(2, report.results().size());
        assertTrue(report.passed());
    }

    @Test
    void reportListsFailuresWithLocationAndCounts() throws Exception {
        String text = suite().run(null, r -> { }).format(false);
        assertTrue(text.contains("data.rbac_test.test_fails_when_undefined: FAIL ("), text);
        assertTrue(text.contains("rbac_test.rego:30: test is undefined"), text);
        assertFalse(text.contains("test_wildcard_denied"), "passing tests are listed only with -v");
        assertTrue(text.endsWith("PASS: 4/9\nFAIL: 3/9\nERROR: 1/9\nSKIPPED: 1/9\n"), text);
        assertTrue(suite().run(null, r -> { }).format(true).contains("data.rbac_test.test_wildcard_denied: PASS ("));
    }

    @Test
    void compileErrorAbortsTheRunWithFileAndLine() throws URISyntaxException {
        RegoException e = assertThrows(RegoException.class,
                () -> TestRunner.load(List.of(resource("broken")), RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT));
        assertTrue(e.getMessage().contains("bad.rego:"), e.getMessage());
        assertTrue(e.errors().stream().anyMatch(err -> err.location() != null && err.location().row() > 0));
    }

    @Test
    void missingPathIsAnIoError() {
        assertThrows(IOException.class,
                () -> TestRunner.load(List.of(Path.of("does-not-exist")), RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT));
    }
}

package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.tester.TestOutcome;
import dev.authlint.rego.tester.TestReport;
import dev.authlint.rego.tester.TestRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the bundled rules' {@code _test.rego} files with the engine's {@code opa test} runner (the one behind
 * {@code authlint test policies/}), one JUnit test per Rego test.
 */
class RegoUnitTestsTest {

    @TestFactory
    Stream<DynamicTest> everyRegoTest() throws IOException {
        List<Path> folders = Stream.of("lib", "aws-auth", "rbac", "iam", "cross")
                .map(Fixtures.moduleDir()::resolve).toList();
        TestReport report = TestRunner.load(folders, RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT).run(null, r -> {
        });
        assertFalse(report.results().isEmpty(), "no test_ rules found");
        return report.results().stream().map(r -> DynamicTest.dynamicTest(r.test().name(),
                Path.of(r.test().file()).toUri(),
                () -> assertEquals(TestOutcome.PASS, r.outcome(), () -> r.test().location() + ": " + r.detail())));
    }
}

package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.check.CheckResult;
import dev.authlint.core.check.Checker;
import dev.authlint.core.check.FailOn;
import dev.authlint.core.finding.Finding;
import dev.authlint.policies.Fixtures.Case;
import dev.authlint.policies.Fixtures.Expected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fixture through the real pipeline (scanner, bundled policies, policy runner): a fail case must
 * report its rule exactly at the lines it declares, a pass case must not report its rule at all.
 */
class RuleFixturesTest {

    @TempDir
    static Path emptyConfigDir;

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        Path emptyConfig = Files.writeString(emptyConfigDir.resolve(".authlint.yaml"), "{}\n");
        Checker checker = new Checker();
        return Fixtures.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.path().toUri(),
                () -> check(checker, c, emptyConfig)));
    }

    private static void check(Checker checker, Case c, Path emptyConfig) {
        Path dir = Files.isDirectory(c.path()) ? c.path() : c.path().getParent();
        Path config = Files.exists(dir.resolve(".authlint.yaml")) ? dir.resolve(".authlint.yaml") : emptyConfig;
        CheckOptions options = CheckOptions.builder().paths(List.of(c.path().toString())).config(config)
                .failOn(FailOn.NEVER).timestamps(false).build();
        CheckResult result = checker.check(options, new ByteArrayInputStream(new byte[0]));
        assertTrue(result.report().successful(), () -> "evaluation failed: " + result.report().notifications());
        List<Finding> mine = result.report().findings().stream().filter(f -> f.ruleId().equals(c.ruleId()))
                .toList();
        Set<Expected> actual = mine.stream()
                .map(f -> new Expected(Path.of(f.location().file()).getFileName().toString(), f.location().line()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (c.fail()) {
            Set<Expected> expected = Fixtures.expectations(c);
            assertFalse(expected.isEmpty(), "a fail fixture must declare where " + c.ruleId() + " fires");
            assertEquals(expected, actual, () -> "findings: " + describe(mine));
        } else {
            assertTrue(mine.isEmpty(), () -> c.ruleId() + " must not fire: " + describe(mine));
        }
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.location().file() + ":" + f.location().line() + " " + f.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}

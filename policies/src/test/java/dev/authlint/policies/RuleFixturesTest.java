package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.check.CheckResult;
import dev.authlint.core.check.Checker;
import dev.authlint.core.check.FailOn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.report.ReportContext;
import dev.authlint.core.report.ReporterRegistry;
import dev.authlint.policies.Fixtures.Case;
import dev.authlint.policies.Fixtures.Expected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * report its rule exactly at the lines it declares — both as findings and as the {@code region.startLine} of
 * its SARIF results, which is where GitHub places the annotation — and a pass case must not report its rule.
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

    private static void check(Checker checker, Case c, Path emptyConfig) throws IOException {
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
            assertEquals(expected, sarifRegions(result.report(), c.ruleId()), "SARIF result regions");
        } else {
            assertTrue(mine.isEmpty(), () -> c.ruleId() + " must not fire: " + describe(mine));
        }
    }

    /** Where the SARIF report places {@code ruleId}'s results: file name and region start line. */
    private static Set<Expected> sarifRegions(Report report, String ruleId)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReporterRegistry.standard().get("sarif").write(report, ReportContext.plain().withTimestamps(false), out);
        JsonNode sarif = new ObjectMapper().readTree(out.toByteArray());
        Set<Expected> regions = new TreeSet<>();
        for (JsonNode result : sarif.path("runs").path(0).path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                JsonNode location = result.path("locations").path(0).path("physicalLocation");
                String uri = location.path("artifactLocation").path("uri").asText();
                regions.add(new Expected(uri.substring(uri.lastIndexOf('/') + 1),
                        location.path("region").path("startLine").asInt()));
            }
        }
        return regions;
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.location().file() + ":" + f.location().line() + " " + f.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}

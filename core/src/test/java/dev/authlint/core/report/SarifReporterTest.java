package dev.authlint.core.report;

import static dev.authlint.core.report.SampleReports.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private final SarifReporter reporter = new SarifReporter();
    private final ReportContext ctx = ReportContext.plain().withSourceLines(SourceLines.of(SampleReports.SOURCES));

    private static JsonNode parse(String sarif) throws IOException {
        return new ObjectMapper().readTree(sarif);
    }

    private JsonNode run(Report report, ReportContext c) throws IOException {
        JsonNode root = parse(render(reporter, report, c));
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        return root.get("runs").get(0);
    }

    @Test
    void driverDescribesToolAndEveryEnabledRule() throws IOException {
        JsonNode driver = run(SampleReports.full(), ctx).at("/tool/driver");
        assertEquals("authlint", driver.get("name").asText());
        assertEquals("0.1.0-test", driver.get("version").asText());
        assertEquals("https://github.com/authlint/authlint", driver.get("informationUri").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(4, rules.size());
        JsonNode aa002 = rules.get(0);
        assertEquals("AA002", aa002.get("id").asText());
        assertEquals("AwsAuthSystemMasters", aa002.get("name").asText());
        assertEquals("IAM identity mapped to system:masters.", aa002.at("/shortDescription/text").asText());
        assertTrue(aa002.at("/fullDescription/text").asText().startsWith("Mapping an IAM role"));
        assertTrue(aa002.at("/help/markdown").asText().contains("### Remediation\n\nMap the role"));
        assertTrue(aa002.at("/help/text").asText().contains("Remediation: Map the role"));
        assertEquals("https://github.com/authlint/authlint/blob/main/docs/rules/AA002.md",
                aa002.get("helpUri").asText());
        assertEquals("error", aa002.at("/defaultConfiguration/level").asText());
        assertEquals("9.5", aa002.at("/properties/security-severity").asText());
        assertEquals("security", aa002.at("/properties/tags/0").asText());
        assertEquals("aws-auth", aa002.at("/properties/tags/1").asText());
        assertEquals("warning", rules.get(2).at("/defaultConfiguration/level").asText("warning"));
        assertEquals("5.5", rules.get(2).at("/properties/security-severity").asText());
    }

    @Test
    void resultsMapSeverityToLevelAndReferenceTheirRule() throws IOException {
        JsonNode results = run(SampleReports.full(), ctx).get("results");
        assertEquals(5, results.size());
        assertEquals(List.of("error", "note", "error", "error", "warning"),
                List.of(results.get(0).get("level").asText(), results.get(1).get("level").asText(),
                        results.get(2).get("level").asText(), results.get(3).get("level").asText(),
                        results.get(4).get("level").asText()));
        JsonNode first = results.get(0);
        assertEquals("AA002", first.get("ruleId").asText());
        assertEquals(0, first.get("ruleIndex").asInt());
        assertEquals(3, results.get(1).get("ruleIndex").asInt(), "CU100 is the fourth rule");
        assertEquals("role arn:aws:iam::111122223333:role/ops is mapped to system:masters.",
                first.at("/message/text").asText());
        assertEquals("b1946ac92492d2347c6235b4d2611184",
                first.at("/partialFingerprints/" + "authlint~1v1").asText());
    }

    @Test
    void locationsAreRelativeToSrcrootWithRegionAndSnippet() throws IOException {
        JsonNode loc = run(SampleReports.full(), ctx).at("/results/0/locations/0/physicalLocation");
        assertEquals("clusters/prod/aws-auth.yaml", loc.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
        assertEquals(12, loc.at("/region/startLine").asInt());
        assertEquals(16, loc.at("/region/startColumn").asInt());
        assertEquals(12, loc.at("/region/endLine").asInt());
        assertEquals(30, loc.at("/region/endColumn").asInt());
        assertEquals("system:masters", loc.at("/region/snippet/text").asText());
        assertEquals("      groups: [system:masters]", loc.at("/contextRegion/snippet/text").asText());
    }

    @Test
    void relatedLocationsCarryIdsAndMessages() throws IOException {
        JsonNode related = run(SampleReports.full(), ctx).at("/results/0/relatedLocations");
        assertEquals(2, related.size());
        assertEquals(1, related.get(0).get("id").asInt());
        assertEquals("group ops is bound to cluster-admin.", related.get(0).at("/message/text").asText());
        assertEquals("rbac/cluster-admin.yaml", related.get(1).at("/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void suppressedResultsCarryKindAndJustification() throws IOException {
        JsonNode results = run(SampleReports.full(), ctx).get("results");
        assertFalse(results.get(0).has("suppressions"));
        JsonNode inSource = results.get(3).at("/suppressions/0");
        assertEquals("inSource", inSource.get("kind").asText());
        assertEquals("needed by the CD pipeline, TICKET-12", inSource.get("justification").asText());
        assertEquals(39, inSource.at("/location/physicalLocation/region/startLine").asInt());
        JsonNode external = results.get(4).at("/suppressions/0");
        assertEquals("external", external.get("kind").asText());
        assertFalse(external.has("justification"), "empty justification is left out");
    }

    @Test
    void invocationWithNotificationsAndOptionalTimes() throws IOException {
        JsonNode inv = run(SampleReports.full(), ctx).at("/invocations/0");
        assertFalse(inv.get("executionSuccessful").asBoolean());
        assertFalse(inv.has("startTimeUtc"));
        JsonNode note = inv.at("/toolExecutionNotifications/0");
        assertEquals("error", note.get("level").asText());
        assertEquals("policies/custom/labels.rego",
                note.at("/locations/0/physicalLocation/artifactLocation/uri").asText());

        JsonNode timed = run(SampleReports.full(), ctx.withTimestamps(true)).at("/invocations/0");
        assertEquals("2026-01-02T03:04:05.678Z", timed.get("startTimeUtc").asText());
        assertEquals("2026-01-02T03:04:06.789Z", timed.get("endTimeUtc").asText());
    }

    @Test
    void scanRootIsRecordedOnlyWhenGiven() throws IOException {
        assertFalse(run(SampleReports.full(), ctx).has("originalUriBaseIds"));
        Path root = Path.of("some", "repo").toAbsolutePath();
        JsonNode base = run(SampleReports.full(), ctx.withScanRoot(root)).at("/originalUriBaseIds/%SRCROOT%/uri");
        assertTrue(base.asText().startsWith("file:///") && base.asText().endsWith("/some/repo/"), base.asText());
    }

    @Test
    void cleanRunStillHasAnEmptyResultsArray() throws IOException {
        JsonNode run = run(SampleReports.clean(), ctx);
        assertTrue(run.get("results").isArray());
        assertEquals(0, run.get("results").size());
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void levelIsExplicitEvenWhenItEqualsTheSarifDefault() throws IOException {
        // A medium finding of a rule whose default is error: without "level": "warning" a viewer would show error.
        Finding lowered = Finding.of("AA002", Severity.MEDIUM, "m", SourceLocation.at("a.yaml", 1, 1));
        Report r = new Report("1.0.0", List.of(SampleReports.AA002), List.of(lowered), 1, 1, List.of(), true, null,
                null, null);
        assertEquals("warning", run(r, ctx).at("/results/0/level").asText());
    }

    @Test
    void findingOfAnUnlistedRuleGetsADescriptor() throws IOException {
        Finding f = Finding.of("IO001", Severity.HIGH, "cannot parse YAML", SourceLocation.at("bad.yaml", 3, 4));
        Report r = new Report("1.0.0", List.of(), List.of(f), 1, 0, List.of(), true, null, null, null);
        JsonNode run = run(r, ctx);
        assertEquals("IO001", run.at("/tool/driver/rules/0/id").asText());
        assertEquals(0, run.at("/results/0/ruleIndex").asInt());
    }

    @Test
    void pathsAreEncodedAsRelativeUris() {
        assertEquals("dir%20with%20space/a%23b.yaml", SarifReporter.relativeUri("dir with space/a#b.yaml"));
        assertEquals("c%3A/x%25y.json", SarifReporter.relativeUri("c:/x%y.json"));
        assertEquals("caf%C3%A9/r.yaml", SarifReporter.relativeUri("caf\u00e9/r.yaml"));
    }
}

package dev.authlint.core.report;

import static dev.authlint.core.report.SampleReports.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private final JsonReporter reporter = new JsonReporter();

    private JsonNode parse(ReportContext ctx) throws IOException {
        return new ObjectMapper().readTree(render(reporter, SampleReports.full(), ctx));
    }

    @Test
    void headerToolRunAndSummary() throws IOException {
        JsonNode root = parse(ReportContext.plain());
        assertEquals(JsonReporter.SCHEMA_VERSION, root.get("version").asInt());
        assertEquals("authlint", root.at("/tool/name").asText());
        assertEquals("0.1.0-test", root.at("/tool/version").asText());
        assertEquals(false, root.at("/run/successful").asBoolean());
        assertTrue(root.at("/run/startTime").isNull(), "timestamps are off");
        assertEquals(3, root.at("/run/checkedFiles").size());
        assertEquals(3, root.at("/summary/filesScanned").asInt());
        assertEquals(5, root.at("/summary/documentsScanned").asInt());
        assertEquals(3, root.at("/summary/findings").asInt());
        assertEquals(2, root.at("/summary/suppressed").asInt());
        assertEquals(1, root.at("/summary/bySeverity/critical").asInt());
        assertEquals(0, root.at("/summary/bySeverity/medium").asInt(), "the medium finding is suppressed");
    }

    @Test
    void timestampsWhenSwitchedOn() throws IOException {
        JsonNode root = parse(ReportContext.plain().withTimestamps(true));
        assertEquals("2026-01-02T03:04:05.678Z", root.at("/run/startTime").asText());
        assertEquals("2026-01-02T03:04:06.789Z", root.at("/run/endTime").asText());
    }

    @Test
    void rulesCarryTheirDocumentationAndAHelpUri() throws IOException {
        JsonNode rules = parse(ReportContext.plain()).get("rules");
        assertEquals(4, rules.size());
        JsonNode aa002 = rules.get(0);
        assertEquals("AA002", aa002.get("id").asText());
        assertEquals("critical", aa002.get("severity").asText());
        assertEquals("KSV-0041", aa002.at("/related/0").asText());
        assertEquals("https://github.com/authlint/authlint/blob/main/docs/rules/AA002.md", aa002.get("helpUri").asText());
        assertEquals("https://example.com/rules/IM003", rules.get(2).get("helpUri").asText());
        assertTrue(rules.get(3).get("helpUri").isNull(), "no made-up link for a custom rule");
    }

    @Test
    void findingsWithLocationRelatedFingerprintAndSuppression() throws IOException {
        JsonNode findings = parse(ReportContext.plain()).get("findings");
        assertEquals(5, findings.size(), "suppressed findings are listed too");
        JsonNode first = findings.get(0);
        assertEquals("AA002", first.get("ruleId").asText());
        assertEquals(12, first.at("/location/line").asInt());
        assertEquals(16, first.at("/location/column").asInt());
        assertEquals(30, first.at("/location/endColumn").asInt());
        assertEquals("rbac/ops-binding.yaml", first.at("/related/0/location/file").asText());
        assertEquals("b1946ac92492d2347c6235b4d2611184", first.get("fingerprint").asText());
        assertTrue(first.get("suppression").isNull());
        JsonNode inSource = findings.get(3).get("suppression");
        assertEquals("inSource", inSource.get("kind").asText());
        assertEquals("needed by the CD pipeline, TICKET-12", inSource.get("justification").asText());
        assertEquals(39, inSource.at("/location/line").asInt());
        JsonNode external = findings.get(4).get("suppression");
        assertEquals("external", external.get("kind").asText());
        assertTrue(external.get("location").isNull());
    }

    @Test
    void notifications() throws IOException {
        JsonNode n = parse(ReportContext.plain()).at("/notifications/0");
        assertEquals("error", n.get("level").asText());
        assertEquals("policies/custom/labels.rego", n.at("/location/file").asText());
    }

    @Test
    void prettyPrintedWithUnixNewlines() {
        String out = render(reporter, SampleReports.clean(), ReportContext.plain());
        assertTrue(out.startsWith("{\n  \"version\": 1,\n  \"tool\": {\n"), out);
        assertTrue(out.endsWith("}\n") && !out.contains("\r"), out);
    }
}

package dev.authlint.core.report;

import static dev.authlint.core.report.SampleReports.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private final TextReporter reporter = new TextReporter();
    private final ReportContext ctx = ReportContext.plain().withSourceLines(SourceLines.of(SampleReports.SOURCES));

    @Test
    void groupsUnsuppressedFindingsByFileInReportOrder() {
        List<String> lines = render(reporter, SampleReports.full(), ctx).lines().toList();
        int awsAuth = lines.indexOf(SampleReports.AWS_AUTH);
        int binding = lines.indexOf(SampleReports.BINDING);
        assertTrue(awsAuth >= 0 && binding > awsAuth, String.join("\n", lines));
        assertEquals(-1, lines.indexOf(SampleReports.POLICY), "the only finding in the policy file is suppressed");
        assertTrue(lines.contains("  rbac/ops-binding.yaml:2:1: info CU100: namespace team-a has no team label"));
        assertTrue(lines.contains("  rbac/ops-binding.yaml:20:5: high RB001: ClusterRole ops-admin grants verbs: [\"*\"]"));
        assertFalse(String.join("\n", lines).contains("ci-deployer"), "suppressed findings are only counted");
    }

    @Test
    void showsTheSourceLineWithACaretUnderTheRegion() {
        String out = render(reporter, SampleReports.full(), ctx);
        assertTrue(out.contains("  clusters/prod/aws-auth.yaml:12:16: critical AA002: role "
                + "arn:aws:iam::111122223333:role/ops is mapped to system:masters\n"
                + "    12 |       groups: [system:masters]\n"
                + "       |                ^~~~~~~~~~~~~~\n"), out);
    }

    @Test
    void showsRelatedLocationsAsAChain() {
        String out = render(reporter, SampleReports.full(), ctx);
        assertTrue(out.contains("       |                ^~~~~~~~~~~~~~\n"
                + "    -> rbac/ops-binding.yaml:9:3: group ops is bound to cluster-admin\n"
                + "    -> rbac/cluster-admin.yaml:4:1: cluster-admin allows * on *\n"), out);
    }

    @Test
    void summarisesCountsBySeverityAndSuppressed() {
        String out = render(reporter, SampleReports.full(), ctx);
        assertTrue(out.endsWith("3 files scanned (5 documents): 3 findings (1 critical, 1 high, 1 info), "
                + "2 suppressed; the run was incomplete (see the errors above)\n"), out);
        assertTrue(out.contains("policies/custom/labels.rego:7:3: error: policy custom/labels.rego failed"), out);
    }

    @Test
    void cleanRunIsJustTheSummary() {
        assertEquals("2 files scanned (2 documents): no findings, 0 suppressed\n",
                render(reporter, SampleReports.clean(), ctx));
    }

    @Test
    void colourOnlyWhenAsked() {
        assertFalse(render(reporter, SampleReports.full(), ctx).contains("\u001b"));
        String coloured = render(reporter, SampleReports.full(), ctx.withColor(true));
        assertTrue(coloured.contains("\u001b[1;31mcritical\u001b[0m"), coloured);
    }

    @Test
    void controlCharactersFromScannedFilesNeverReachTheTerminal() {
        Finding evil = Finding.of("RB001", Severity.HIGH, "name \u001b[2Jcleared", SourceLocation.at("x.yaml", 1, 1));
        Report r = new Report("t", List.of(SampleReports.RB001), List.of(evil), 1, 1, List.of(), true, null, null,
                List.of("x.yaml"));
        String out = render(reporter, r, ctx.withSourceLines(SourceLines.of(Map.of("x.yaml", "a: \u001b[31m"))));
        assertFalse(out.contains("\u001b"), out);
        assertTrue(out.contains("name ?[2Jcleared"), out);
    }

    @Test
    void caretStaysAlignedAfterTabsAndWideCodePoints() {
        Finding f = Finding.of("RB001", Severity.HIGH, "m", SourceLocation.at("t.yaml", 1, 4));
        Report r = new Report("t", List.of(SampleReports.RB001), List.of(f), 1, 1, List.of(), true, null, null, null);
        String out = render(reporter, r, ctx.withSourceLines(SourceLines.of(Map.of("t.yaml", "\t\uD83D\uDD11:x"))));
        // column 4 is the 'x': one tab, one (wide) code point and ':' precede it
        assertTrue(out.contains("    1 | \t\uD83D\uDD11:x\n      | \t  ^\n"), out);
    }

    @Test
    void longLinesAreShownAsAWindowAroundTheColumn() {
        String line = "x".repeat(500) + "BAD" + "y".repeat(500);
        Finding f = Finding.of("RB001", Severity.HIGH, "m", new SourceLocation("p.json", 1, 501, 1, 504));
        Report r = new Report("t", List.of(SampleReports.RB001), List.of(f), 1, 1, List.of(), true, null, null, null);
        List<String> out = render(reporter, r, ctx.withSourceLines(SourceLines.of(Map.of("p.json", line))))
                .lines().toList();
        String text = out.get(2);
        String caret = out.get(3);
        assertTrue(text.startsWith("    1 | ...x") && text.endsWith("y..."), text);
        assertTrue(text.length() < 140, "window, not the whole line: " + text.length());
        assertEquals("BAD", text.substring(caret.indexOf('^'), caret.indexOf('^') + 3));
        assertTrue(caret.endsWith("^~~"), caret);
    }

    @Test
    void missingSourceLinesJustLeaveTheSnippetOut() {
        String out = render(reporter, SampleReports.full(), ReportContext.plain());
        assertFalse(out.contains(" | "), out);
        assertTrue(out.contains("critical AA002"), out);
    }
}

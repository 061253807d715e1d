package dev.authlint.core.report;

import static dev.authlint.core.report.SampleReports.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    private final GithubReporter reporter = new GithubReporter();

    @Test
    void oneAnnotationPerUnsuppressedFindingThenNotificationsAndSummary() {
        List<String> lines = render(reporter, SampleReports.full(), ReportContext.plain()).lines().toList();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals("::error file=clusters/prod/aws-auth.yaml,line=12,col=16,endLine=12,endColumn=30,title=AA002"
                + "::[critical] role arn:aws:iam::111122223333:role/ops is mapped to system:masters"
                + "%0A-> rbac/ops-binding.yaml:9:3: group ops is bound to cluster-admin"
                + "%0A-> rbac/cluster-admin.yaml:4:1: cluster-admin allows * on *", lines.get(0));
        assertTrue(lines.get(1).startsWith("::notice file=rbac/ops-binding.yaml,line=2,col=1,endLine=2,endColumn=2,"
                + "title=CU100::[info] "), lines.get(1));
        assertTrue(lines.get(2).startsWith("::error file=rbac/ops-binding.yaml,line=20,col=5,endLine=21,endColumn=9,"
                + "title=RB001::[high] "), lines.get(2));
        assertTrue(lines.get(3).startsWith("::error file=policies/custom/labels.rego,line=7,col=3,endLine=7,"
                + "endColumn=4,title=authlint::policy custom/labels.rego failed"), lines.get(3));
        assertEquals(TextReporter.summary(SampleReports.full()), lines.get(4));
    }

    @Test
    void mediumIsAWarning() {
        Finding f = Finding.of("IM003", Severity.MEDIUM, "m", SourceLocation.at("p.json", 1, 1));
        Report r = new Report("1", List.of(), List.of(f), 1, 1, List.of(), true, null, null, null);
        assertTrue(render(reporter, r, ReportContext.plain()).startsWith("::warning file=p.json,"));
    }

    @Test
    void escapesPropertiesAndDataTheWayTheRunnerUnescapesThem() {
        SourceLocation odd = SourceLocation.at("dir,with:odd%/f.yaml", 1, 1);
        String line = GithubReporter.command("error", odd, "T:1,2", "100% sure\r\nnext: a,b");
        assertEquals("::error file=dir%2Cwith%3Aodd%25/f.yaml,line=1,col=1,endLine=1,endColumn=2,title=T%3A1%2C2"
                + "::100%25 sure%0D%0Anext: a,b\n", line);
    }

    @Test
    void messageCannotInjectASecondCommand() {
        Finding f = Finding.of("RB001", Severity.HIGH, "x\n::add-mask::secret", SourceLocation.at("a.yaml", 1, 1));
        Report r = new Report("1", List.of(), List.of(f), 1, 1, List.of(), true, null, null, null);
        List<String> lines = render(reporter, r, ReportContext.plain()).lines().toList();
        assertEquals(2, lines.size(), "one annotation and the summary");
        assertTrue(lines.get(0).endsWith("::[high] x%0A::add-mask::secret"), lines.get(0));
    }

    @Test
    void cleanRunIsOnlyTheSummary() {
        assertEquals("2 files scanned (2 documents): no findings, 0 suppressed\n",
                render(reporter, SampleReports.clean(), ReportContext.plain()));
    }
}

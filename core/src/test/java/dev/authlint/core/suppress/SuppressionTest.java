package dev.authlint.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final String AWS_AUTH = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: aws-auth
              namespace: kube-system
            data:
              mapRoles: |
                # authlint:ignore AA002 -- break-glass role, approved in SEC-123
                - rolearn: arn:aws:iam::111122223333:role/admin
                  username: admin
                  groups: [system:masters] # authlint:ignore AA014,AA003
                - rolearn: arn:aws:iam::111122223333:role/dev
            """;

    private static Finding at(String rule, int line) {
        return Finding.of(rule, Severity.HIGH, "msg", SourceLocation.at("aws-auth.yaml", line, 5));
    }

    @Test
    void parsesCommentsInsideBlockScalarsAndTrailingComments() {
        List<SuppressionDirective> ds = SuppressionParser.parse("aws-auth.yaml", AWS_AUTH.lines().toList());
        assertEquals(2, ds.size());
        SuppressionDirective own = ds.get(0);
        assertEquals(List.of("AA002"), own.ruleIds());
        assertEquals("break-glass role, approved in SEC-123", own.reason());
        assertEquals(8, own.location().line());
        assertEquals(5, own.location().column());
        assertEquals(9, own.targetLine());
        SuppressionDirective trailing = ds.get(1);
        assertEquals(List.of("AA014", "AA003"), trailing.ruleIds());
        assertEquals("", trailing.reason());
        assertEquals(11, trailing.targetLine());
    }

    @Test
    void appliesToLineAboveAndSameLine() {
        List<SuppressionDirective> ds = SuppressionParser.parse("aws-auth.yaml", AWS_AUTH.lines().toList());
        List<Finding> out = SuppressionApplier.apply(
                List.of(at("AA002", 9), at("AA002", 12), at("AA014", 11), at("RB001", 9)), ds, id -> false);
        assertEquals(Suppression.Kind.IN_SOURCE, out.get(0).suppression().kind());
        assertEquals("break-glass role, approved in SEC-123", out.get(0).suppression().justification());
        assertNull(out.get(1).suppression(), "AA002 on another entry stays reported");
        assertTrue(out.get(2).suppressed());
        assertFalse(out.get(3).suppressed(), "other rules on the same line stay reported");
        // the trailing comment has no reason: AL001; it matched AA014, so no AL002
        List<Finding> extra = out.subList(4, out.size());
        assertEquals(List.of("AL001"), extra.stream().map(Finding::ruleId).toList());
        assertEquals(11, extra.get(0).location().line());
        assertEquals(Severity.LOW, extra.get(0).severity());
    }

    @Test
    void unusedSuppressionIsReportedUnlessRuleDisabled() {
        List<SuppressionDirective> ds = SuppressionParser.parse("f.yaml",
                List.of("# authlint:ignore RB001 -- legacy", "kind: ClusterRole"));
        List<Finding> out = SuppressionApplier.apply(List.of(), ds, id -> false);
        assertEquals(1, out.size());
        assertEquals("AL002", out.get(0).ruleId());
        assertTrue(out.get(0).message().contains("line 2"), out.get(0).message());
        assertTrue(SuppressionApplier.apply(List.of(), ds, "RB001"::equals).isEmpty());
    }

    @Test
    void fileWideSuppression() {
        List<SuppressionDirective> ds = SuppressionParser.parse("f.yaml",
                List.of("# authlint:ignore-file RB001 -- generated upstream", "", "kind: ClusterRole"));
        Finding f = Finding.of("RB001", Severity.HIGH, "m", SourceLocation.at("f.yaml", 30, 1));
        Finding other = Finding.of("RB001", Severity.HIGH, "m", SourceLocation.at("g.yaml", 30, 1));
        List<Finding> out = SuppressionApplier.apply(List.of(f, other), ds, id -> false);
        assertTrue(out.get(0).suppressed());
        assertFalse(out.get(1).suppressed());
        assertEquals(2, out.size());
    }

    @Test
    void ignoresJsonAndNonComments() {
        assertTrue(SuppressionParser.parse("p.json", List.of("# authlint:ignore IAM001 -- x")).isEmpty());
        assertTrue(SuppressionParser.parse("a.yaml", List.of("name: foo#authlint:ignore RB001 -- x")).isEmpty());
    }

    @Test
    void directiveWithoutIdIsUnused() {
        List<SuppressionDirective> ds = SuppressionParser.parse("a.yaml", List.of("x: 1 # authlint:ignore -- why"));
        List<Finding> out = SuppressionApplier.apply(List.of(at("RB001", 1)), ds, id -> false);
        assertFalse(out.get(0).suppressed());
        assertEquals("AL002", out.get(1).ruleId());
    }
}

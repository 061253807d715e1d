package dev.authlint.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.rego.RegoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyRunnerTest {

    private static PolicyRule rule(String source) {
        return PolicyRuleReader.read(new PolicyModule("p/" + source.hashCode() + ".rego", source, false),
                RegoVersion.V1).orElseThrow();
    }

    private static final PolicyRule AA002 = rule("""
            # METADATA
            # title: aws-auth entry grants system:masters
            # custom:
            #   id: AA002
            #   severity: high
            #   input: aws-auth
            package authlint.rules.AA002
            deny contains x if { false }
            """);

    private static final PolicyRule X001 = rule("""
            # METADATA
            # title: IAM principal is cluster-admin
            # custom:
            #   id: X001
            #   severity: critical
            #   input: cross
            package authlint.rules.X001
            deny contains x if { false }
            """);

    private static final PolicyRule MAIN = rule("""
            package main
            deny contains msg if { msg := "x" }
            warn contains msg if { msg := "y" }
            """);

    /** A document whose locator encodes the path into the column, so tests can see which path was resolved. */
    private static InputDocument doc(String file, Map<String, Object> envelope, List<List<Object>> asked) {
        return new InputDocument(file, envelope, path -> {
            synchronized (asked) {
                asked.add(path);
            }
            return SourceLocation.at(file, 10 + path.size(), 1);
        });
    }

    @Test
    void documentRulesRunOnlyOnEnvelopesWithTheirSection() {
        List<List<Object>> asked = new ArrayList<>();
        InputDocument awsAuth = doc("aws-auth.yaml", Map.of("kind", "aws-auth", "awsAuth", Map.of()), asked);
        InputDocument rbac = doc("role.yaml", Map.of("kind", "rbac", "rbac", Map.of()), asked);
        FakeEvaluator ev = new FakeEvaluator().on("data.authlint.rules.AA002.deny", in -> List.of(Map.of(
                "msg", "system:masters", "path", List.of("awsAuth", "mapUsers", 0L, "groups", 1L),
                "severity", "critical")));
        List<Finding> out = new PolicyRunner(ev, List.of(AA002)).run(List.of(awsAuth, rbac)).findings();
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("AA002", f.ruleId());
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals("aws-auth.yaml", f.location().file());
        assertTrue(asked.contains(List.of("awsAuth", "mapUsers", 0, "groups", 1)), asked.toString());
    }

    @Test
    void repositoryRulesResolveDocumentIndexesAndRelated() {
        List<List<Object>> asked = new ArrayList<>();
        InputDocument a = doc("a.yaml", Map.of("awsAuth", Map.of()), asked);
        InputDocument b = doc("b.yaml", Map.of("rbac", Map.of()), asked);
        FakeEvaluator ev = new FakeEvaluator().on("data.authlint.rules.X001.deny", in -> {
            assertEquals(2, ((List<?>) ((Map<?, ?>) in).get("documents")).size());
            return List.of(Map.of("msg", "admin", "path", List.of("documents", 1L, "rbac", "subjects", 0L),
                    "related", List.of(Map.of("path", List.of("documents", 0L, "awsAuth"), "msg", "mapped here"))));
        });
        List<Finding> out = new PolicyRunner(ev, List.of(X001)).run(List.of(a, b)).findings();
        assertEquals(1, out.size());
        assertEquals("b.yaml", out.get(0).location().file());
        assertEquals(13, out.get(0).location().line());
        assertEquals(Severity.CRITICAL, out.get(0).severity());
        assertEquals("a.yaml", out.get(0).related().get(0).location().file());
        assertEquals("mapped here", out.get(0).related().get(0).message());
    }

    @Test
    void conftestRulesSeeTheRawDocumentAndWarnIsLow() {
        List<List<Object>> asked = new ArrayList<>();
        Map<String, Object> raw = Map.of("kind", "Deployment");
        InputDocument d = doc("deploy.yaml", Map.of("kind", "other", "document", raw), asked);
        FakeEvaluator ev = new FakeEvaluator()
                .on("data.main.deny", in -> {
                    assertEquals(raw, in);
                    return List.of("plain string", Map.of("msg", "with path", "path", List.of("spec")));
                })
                .on("data.main.warn", in -> List.of("careful"));
        List<Finding> out = new PolicyRunner(ev, List.of(MAIN)).run(List.of(d)).findings();
        assertEquals(List.of("plain string", "with path", "careful"), out.stream().map(Finding::message).toList());
        assertEquals(List.of(Severity.HIGH, Severity.HIGH, Severity.LOW),
                out.stream().map(Finding::severity).toList());
        assertEquals("main", out.get(0).ruleId());
        assertTrue(asked.contains(List.of("document", "spec")), asked.toString());
    }

    @Test
    void malformedResultsAreReportedNotDropped() {
        InputDocument d = doc("a.yaml", Map.of("awsAuth", Map.of()), new ArrayList<>());
        FakeEvaluator ev = new FakeEvaluator().on("data.authlint.rules.AA002.deny", in -> List.of(
                Map.of("message", "typo"), Map.of("msg", "m", "severity", "severe", "path", "notalist"), 42L,
                Map.of("msg", "frac", "path", List.of("awsAuth", 0.5)),
                Map.of("msg", "neg", "path", List.of("awsAuth", -1L))));
        List<Finding> out = new PolicyRunner(ev, List.of(AA002)).run(List.of(d)).findings();
        assertEquals(5, out.size());
        assertTrue(out.get(3).message().contains("0.5 is not an array index"), out.get(3).message());
        assertTrue(out.get(4).message().contains("-1 is not an array index"), out.get(4).message());
        assertTrue(out.get(0).message().contains("no string msg"), out.get(0).message());
        assertTrue(out.get(1).message().contains("bad severity"), out.get(1).message());
        assertTrue(out.get(1).message().contains("not an array"), out.get(1).message());
        assertEquals(Severity.HIGH, out.get(1).severity());
        assertTrue(out.get(2).message().contains("42"), out.get(2).message());
    }

    @Test
    void evaluationErrorsBecomeErrorNotifications() {
        InputDocument d = doc("a.yaml", Map.of("awsAuth", Map.of()), new ArrayList<>());
        FakeEvaluator ev = new FakeEvaluator().on("data.authlint.rules.AA002.deny", in -> {
            throw new PolicyEvaluationException("eval_conflict_error: complete rules must not produce multiple "
                    + "outputs", null);
        });
        PolicyRunResult r = new PolicyRunner(ev, List.of(AA002)).run(List.of(d));
        assertTrue(r.findings().isEmpty());
        assertEquals(1, r.notifications().size());
        assertEquals("error", r.notifications().get(0).level());
        assertTrue(r.notifications().get(0).message().contains("AA002"));
        assertTrue(r.notifications().get(0).message().contains("eval_conflict_error"));
    }

    @Test
    void paramsMergeConfigOverDefaults() {
        PolicyRule withParams = rule("""
                # METADATA
                # custom:
                #   id: RB014
                #   params:
                #     readOnlyNamePattern:
                #       default: "(?i)view"
                #       description: pattern
                #     other: 3
                package authlint.rules.RB014
                deny contains x if { false }
                """);
        Map<String, Object> p = PolicyRunner.params(List.of(withParams), Map.of("other", 5L));
        assertEquals("(?i)view", p.get("readOnlyNamePattern"));
        assertEquals(5L, p.get("other"));
        assertFalse(p.containsKey("missing"));
    }
}

package dev.authlint.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.baseline.Baseline;
import dev.authlint.core.baseline.BaselineFile;
import dev.authlint.core.config.ConfigException;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.policy.FakeEvaluator;
import dev.authlint.core.policy.InputDocument;
import dev.authlint.core.policy.PolicyEvaluationException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline around the engine: config, suppressions, baseline, gate. The scanner is replaced by two fixed
 * documents whose locator maps a path's last index to a line, and the engine by Java functions.
 */
class CheckerTest {

    @TempDir
    Path dir;

    private static final String ROLE = """
            kind: ClusterRole
            metadata:
              name: readonly
            rules:
            - verbs: ["*"] # authlint:ignore ORG002 -- accepted in SEC-1
            - verbs: ["get"]
            """;

    private FakeEvaluator evaluator;
    private final AtomicReference<Map<String, Object>> dataSeen = new AtomicReference<>();
    private final AtomicReference<Duration> timeoutSeen = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(dir.resolve("rules.rego"), """
                # METADATA
                # title: Wildcard verb
                # custom:
                #   id: ORG001
                #   severity: high
                #   input: rbac
                #   params:
                #     allowedNames: {default: []}
                package authlint.custom.org001
                deny contains 1 if false
                """);
        Files.writeString(dir.resolve("rules2.rego"), """
                # METADATA
                # custom:
                #   id: ORG002
                #   severity: medium
                #   input: rbac
                package authlint.custom.org002
                deny contains 1 if false
                """);
        evaluator = new FakeEvaluator()
                .on("data.authlint.custom.org001.deny", in -> List.of(
                        Map.of("msg", "wildcard verb", "path", List.of("rbac", "rules", 0L, "verbs", 0L))))
                .on("data.authlint.custom.org002.deny", in -> List.of(
                        Map.of("msg", "also here", "path", List.of("rbac", "rules", 0L, "verbs", 0L)),
                        Map.of("msg", "and here", "path", List.of("rbac", "rules", 1L, "verbs", 0L))));
    }

    private Checker checker() {
        InputScanner scanner = (paths, stdin, settings) -> {
            InputDocument role = new InputDocument("role.yaml", Map.of("kind", "rbac", "rbac", Map.of()),
                    path -> SourceLocation.at("role.yaml", path.size() > 2 ? 5 + (Integer) path.get(2) : 1, 10));
            Finding io = Finding.of("IO001", Severity.HIGH, "bad yaml", SourceLocation.at("broken.yaml", 2, 1));
            return new ScannedInput(List.of(role), List.of(io), List.of(), Map.of("role.yaml", ROLE,
                    "broken.yaml", "a: [\n"), List.of("broken.yaml", "role.yaml"));
        };
        return new Checker(scanner, (modules, data, v0, timeout) -> {
            dataSeen.set(data);
            timeoutSeen.set(timeout);
            return evaluator;
        });
    }

    private CheckOptions.Builder options() {
        return CheckOptions.builder().paths(List.of(dir.toString())).builtinRules(false)
                .policies(List.of(dir)).timestamps(false).config(writeConfig(""));
    }

    private Path writeConfig(String text) {
        try {
            return Files.writeString(dir.resolve("cfg.yaml"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void findingsAreSortedSuppressedAndGated() {
        CheckResult r = checker().check(options().build(), new ByteArrayInputStream(new byte[0]));
        List<Finding> fs = r.report().findings();
        assertEquals(List.of("IO001", "ORG001", "ORG002", "ORG002"), fs.stream().map(Finding::ruleId).toList());
        assertEquals("broken.yaml", fs.get(0).location().file());
        assertFalse(fs.get(1).suppressed());
        assertTrue(fs.get(2).suppressed(), "ignore comment on line 5");
        assertEquals("accepted in SEC-1", fs.get(2).suppression().justification());
        assertFalse(fs.get(3).suppressed());
        assertTrue(fs.stream().allMatch(f -> f.fingerprint().length() == 32));
        assertEquals(Verdict.FAILED, r.verdict());
        assertEquals(Severity.HIGH, r.failOn().severity());
        assertEquals(2, r.report().filesScanned());
        assertEquals(1, r.report().documentsScanned());
        assertNull(r.report().startTime());
        assertEquals(Map.of("params", Map.of("allowedNames", List.of())), dataSeen.get().get("authlint"));
    }

    @Test
    void configDisablesOverridesAndSetsThreshold() {
        CheckOptions o = options().config(writeConfig("""
                failOn: medium
                rules:
                  IO001: off
                  ORG001: low
                params:
                  allowedNames: [readonly]
                """)).build();
        CheckResult r = checker().check(o, null);
        assertEquals(List.of("ORG001", "ORG002", "ORG002"), r.report().findings().stream()
                .map(Finding::ruleId).toList());
        assertEquals(Severity.LOW, r.report().findings().get(0).severity());
        assertEquals(Severity.MEDIUM, r.failOn().severity());
        assertEquals(Verdict.FAILED, r.verdict(), "ORG002 medium unsuppressed");
        assertEquals(Map.of("params", Map.of("allowedNames", List.of("readonly"))), dataSeen.get().get("authlint"));
        assertFalse(r.report().rules().stream().anyMatch(i -> i.id().equals("IO001")));
        assertEquals(Severity.LOW, r.report().rules().stream().filter(i -> i.id().equals("ORG001")).findFirst()
                .orElseThrow().severity());
    }

    @Test
    void evaluationTimeoutComesFromOptionsThenConfigThenDefault() {
        checker().check(options().build(), null);
        assertEquals(Duration.ofSeconds(10), timeoutSeen.get());
        checker().check(options().config(writeConfig("timeout: 2m\n")).build(), null);
        assertEquals(Duration.ofMinutes(2), timeoutSeen.get());
        checker().check(options().config(writeConfig("timeout: 2m\n")).evalTimeout(Duration.ofMillis(500)).build(),
                null);
        assertEquals(Duration.ofMillis(500), timeoutSeen.get());
    }

    @Test
    void severityOverrideReplacesPerFindingSeverityToo() {
        // ORG002 defaults to medium; its first result asks for critical itself (as AA002 does for mapUsers)
        evaluator.on("data.authlint.custom.org002.deny", in -> List.of(
                Map.of("msg", "critical one", "severity", "critical",
                        "path", List.of("rbac", "rules", 1L, "verbs", 0L)),
                Map.of("msg", "default one", "path", List.of("rbac", "rules", 1L, "verbs", 0L))));
        Map<String, Severity> unchanged = severities(checker().check(options().build(), null));
        assertEquals(Severity.CRITICAL, unchanged.get("critical one"));
        assertEquals(Severity.MEDIUM, unchanged.get("default one"));

        Map<String, Severity> overridden = severities(checker().check(options()
                .config(writeConfig("rules:\n  ORG002: low\n")).build(), null));
        assertEquals(Severity.LOW, overridden.get("critical one"), "the user's explicit choice wins");
        assertEquals(Severity.LOW, overridden.get("default one"));
    }

    private static Map<String, Severity> severities(CheckResult r) {
        Map<String, Severity> out = new java.util.HashMap<>();
        r.report().findings().forEach(f -> out.put(f.message(), f.severity()));
        return out;
    }

    @Test
    void commandLineThresholdWinsAndNeverPasses() {
        CheckResult r = checker().check(options().failOn(FailOn.NEVER).disabledRules(List.of("ORG002"))
                .build(), null);
        assertEquals(Verdict.PASSED, r.verdict());
        // the ignore comment names a disabled rule: not reported as unused
        assertTrue(r.report().findings().stream().noneMatch(f -> f.ruleId().startsWith("AL")));
        assertEquals(Verdict.PASSED, checker().check(options().failOn(FailOn.parse("critical")).build(), null)
                .verdict());
    }

    @Test
    void unusedSuppressionIsReported() {
        evaluator.on("data.authlint.custom.org002.deny", in -> List.of());
        CheckResult r = checker().check(options().build(), null);
        Finding al = r.report().findings().stream().filter(f -> f.ruleId().equals("AL002")).findFirst()
                .orElseThrow();
        assertEquals(5, al.location().line());
    }

    @Test
    void baselineHidesKnownFindingsOnly() throws Exception {
        CheckResult first = checker().check(options().build(), null);
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, BaselineFile.toJson(Baseline.of(first.report().findings())));
        CheckResult second = checker().check(options().baseline(baseline).build(), null);
        assertEquals(Verdict.PASSED, second.verdict());
        assertTrue(second.report().findings().stream().allMatch(Finding::suppressed));

        evaluator.on("data.authlint.custom.org001.deny", in -> List.of(
                Map.of("msg", "wildcard verb", "path", List.of("rbac", "rules", 0L, "verbs", 0L)),
                Map.of("msg", "new one", "path", List.of("rbac", "rules", 1L, "verbs", 0L))));
        CheckResult third = checker().check(options().baseline(baseline).build(), null);
        assertEquals(List.of("new one"), third.failing().stream().map(Finding::message).toList());
    }

    @Test
    void evaluationErrorMakesTheRunUnsuccessful() {
        evaluator.on("data.authlint.custom.org001.deny", in -> {
            throw new PolicyEvaluationException("boom", null);
        });
        CheckResult r = checker().check(options().failOn(FailOn.NEVER).build(), null);
        assertEquals(Verdict.ERROR, r.verdict());
        assertFalse(r.report().successful());
    }

    @Test
    void unknownRuleInConfigOrDisableIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> checker().check(options()
                .config(writeConfig("failOn: low\nrules:\n  RB999: off\n")).build(), null));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("RB999"));
        assertThrows(ConfigException.class, () -> checker().check(options().disabledRules(List.of("NOPE")).build(),
                null));
    }

    @Test
    void paramsAreValidatedAgainstDeclarations() {
        ConfigException unknown = assertThrows(ConfigException.class, () -> checker().check(options()
                .config(writeConfig("params:\n  allowedNamez: []\n")).build(), null));
        assertEquals(2, unknown.line());
        assertTrue(unknown.getMessage().contains("allowedNames"), unknown.getMessage());
        ConfigException type = assertThrows(ConfigException.class, () -> checker().check(options()
                .config(writeConfig("params:\n  allowedNames: readonly\n")).build(), null));
        assertTrue(type.getMessage().contains("must be a list"), type.getMessage());
    }

    @Test
    void dataFilesMergeAndClash() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"org\": {\"teams\": [\"x\"]}}");
        Path b = Files.writeString(dir.resolve("b.yaml"), "org:\n  owner: sec\n");
        checker().check(options().data(List.of(a, b)).build(), null);
        assertEquals(Map.of("teams", List.of("x"), "owner", "sec"), dataSeen.get().get("org"));
        Path numericKeys = Files.writeString(dir.resolve("n.yaml"), "ports:\n  443: [https]\n");
        checker().check(options().data(List.of(numericKeys)).build(), null);
        assertEquals(Map.of("443", List.of("https")), dataSeen.get().get("ports"));
        Path c = Files.writeString(dir.resolve("c.yaml"), "org:\n  owner: dev\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> checker().check(options().data(List.of(a, b, c)).build(), null));
        assertTrue(e.getMessage().contains("org.owner"), e.getMessage());
    }
}

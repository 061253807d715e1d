package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.check.Checker;
import dev.authlint.core.check.RegoPolicyCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option and exit code of {@code authlint check}, on a temporary repository with one custom rule, so the
 * tests pin the command's behaviour independently of the bundled catalog.
 */
class CheckCommandTest {

    @TempDir
    Path dir;
    Path repo;
    Path policy;

    private static final String RULE = """
            # METADATA
            # title: ClusterRole without owner label
            # custom:
            #   id: ORG001
            #   severity: high
            #   input: rbac
            package authlint.custom.org001

            import rego.v1

            deny contains {"msg": "ClusterRole has no owner label", "path": ["document", "metadata", "name"]} if {
            	input.rbac.kind == "ClusterRole"
            	not input.rbac.labels.owner
            }
            """;

    private static final String ROLES = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: no-owner
            rules: []
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: owned
              labels: {owner: platform}
            rules: []
            """;

    @BeforeEach
    void setUp() throws Exception {
        repo = Files.createDirectories(dir.resolve("repo"));
        policy = Files.createDirectories(dir.resolve("policy"));
        Files.writeString(policy.resolve("org001.rego"), RULE);
        Files.writeString(repo.resolve("roles.yaml"), ROLES);
    }

    private Cli.Run check(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "check";
        args[1] = repo.toString();
        args[2] = "--policy";
        args[3] = policy.toString();
        args[4] = "--no-builtin-rules";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return Cli.run(args);
    }

    @Test
    void findingAtOrAboveThresholdExitsOne() {
        Cli.Run r = check("--no-color");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("ORG001"), r.toString());
        assertTrue(r.out().contains("roles.yaml:4"), r.toString());
    }

    @Test
    void failOnControlsTheGate() {
        assertEquals(0, check("--fail-on", "critical").code());
        assertEquals(0, check("--fail-on", "never").code());
        assertEquals(1, check("--fail-on", "info").code());
        Cli.Run bad = check("--fail-on", "sometimes");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("sometimes"), bad.toString());
    }

    @Test
    void disableSwitchesARuleOff() {
        assertEquals(0, check("--disable", "ORG001").code());
        Cli.Run unknown = check("--disable", "NOPE1");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("NOPE1"), unknown.toString());
    }

    @Test
    void brokenConfigExitsTwoNamingKeyAndLine() throws Exception {
        Path cfg = Files.writeString(repo.resolve(".authlint.yaml"), "failOn: high\nrulez:\n  ORG001: off\n");
        Cli.Run r = check();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(".authlint.yaml:2: unknown key 'rulez'"), r.toString());
        // the same file given explicitly
        Files.writeString(cfg, "rules:\n  ORG001: sometimes\n");
        Cli.Run explicit = check("--config", cfg.toString());
        assertEquals(2, explicit.code());
        assertTrue(explicit.err().contains(":2: bad value 'sometimes' for 'rules.ORG001'"), explicit.toString());
    }

    @Test
    void configIsFoundFromTheScannedRoot() throws Exception {
        Files.writeString(repo.resolve(".authlint.yaml"), "rules:\n  ORG001: {severity: low}\n");
        assertEquals(0, check().code());
        assertEquals(1, check("--fail-on", "low").code());
    }

    @Test
    void suppressionCommentWithReason() throws Exception {
        Files.writeString(repo.resolve("roles.yaml"), ROLES.replace("  name: no-owner",
                "  name: no-owner # authlint:ignore ORG001 -- legacy role, removed in Q3"));
        Cli.Run r = check("-f", "json", "--no-timestamps");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("legacy role, removed in Q3"), r.out());
    }

    @Test
    void formatsToFilesAndStdout() throws Exception {
        Path json = dir.resolve("out/nested/report.json");
        Cli.Run r = check("-f", "json=" + json, "--no-timestamps");
        assertEquals(1, r.code(), r.toString());
        assertTrue(Files.readString(json).contains("ORG001"));
        assertTrue(r.out().startsWith("authlint: 1 file, 1 high (fail-on high: failed)"), r.toString());
        Cli.Run two = check("-f", "json", "-f", "text");
        assertEquals(2, two.code());
        assertTrue(two.err().contains("only one format"), two.toString());
        Cli.Run unknown = check("-f", "pdf");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown report format 'pdf'"), unknown.toString());
    }

    @Test
    void noTimestampsGivesByteIdenticalReports() {
        Cli.Run a = check("-f", "json", "--no-timestamps");
        Cli.Run b = check("-f", "json", "--no-timestamps");
        assertEquals(a.out(), b.out());
        assertFalse(a.out().contains("startTime\": \"20"), a.out());
    }

    @Test
    void githubActionsDefaultsToAnnotations() {
        Cli.Run r = Cli.run(Map.of("GITHUB_ACTIONS", "true"), "", "check", repo.toString(), "--policy",
                policy.toString(), "--no-builtin-rules");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("::error"), r.toString());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        String[] args = {"check", repo.toString(), "--policy", policy.toString(), "--no-builtin-rules"};
        String esc = "\u001b[";
        assertTrue(Cli.run(Map.of(), "", Checker::new, true, args).out().contains(esc));
        assertFalse(Cli.run(Map.of(), "", Checker::new, false, args).out().contains(esc));
        assertFalse(Cli.run(Map.of("NO_COLOR", "1"), "", Checker::new, true, args).out().contains(esc));
        assertFalse(Cli.run(Map.of(), "", Checker::new, true, concat(args, "--no-color")).out().contains(esc));
    }

    @Test
    void quietPrintsNothing() {
        Cli.Run r = check("-q");
        assertEquals(1, r.code());
        assertEquals("", r.out());
    }

    @Test
    void stdinWithFileName() {
        Cli.Run r = Cli.run(Map.of(), ROLES, "check", "-", "--stdin-filename", "rendered.yaml", "--policy",
                policy.toString(), "--no-builtin-rules", "--no-color");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("rendered.yaml:4"), r.toString());
    }

    @Test
    void includeExcludeAndMaxFileSize() throws Exception {
        Files.createDirectories(repo.resolve("vendor2"));
        Files.writeString(repo.resolve("vendor2/more.yaml"), ROLES);
        assertTrue(check("-f", "json").out().contains("vendor2/more.yaml"));
        assertFalse(check("-f", "json", "--exclude", "vendor2/").out().contains("vendor2/more.yaml"));
        assertFalse(check("-f", "json", "--include", "vendor2/**").out().contains("\"roles.yaml"));
        Cli.Run big = check("-f", "json", "--max-file-size", "10", "--fail-on", "medium");
        assertEquals(1, big.code());
        assertTrue(big.out().contains("IO002"), big.toString());
        assertEquals(2, check("--max-file-size", "ten").code());
    }

    @Test
    void namespacesAndRegoV0() throws Exception {
        Path conftest = Files.createDirectories(dir.resolve("conftest"));
        Files.writeString(conftest.resolve("main.rego"), """
                package main

                deny[msg] {
                	input.kind == "ClusterRole"
                	msg := "no cluster roles here"
                }
                """);
        Files.writeString(conftest.resolve("team.rego"), """
                package team

                warn[msg] {
                	input.kind == "ClusterRole"
                	msg := "team warning"
                }
                """);
        String[] base = {"check", repo.toString(), "--policy", conftest.toString(), "--no-builtin-rules",
            "--rego-v0", "-f", "json", "--fail-on", "low"};
        Cli.Run main = Cli.run(base);
        assertEquals(1, main.code(), main.toString());
        assertTrue(main.out().contains("no cluster roles here"));
        assertFalse(main.out().contains("team warning"));
        Cli.Run team = Cli.run(concat(base, "--namespace", "team"));
        assertTrue(team.out().contains("team warning"), team.toString());
        assertFalse(team.out().contains("no cluster roles here"));
        Cli.Run all = Cli.run(concat(base, "--all-namespaces"));
        assertTrue(all.out().contains("team warning") && all.out().contains("no cluster roles here"));
        Cli.Run v1 = Cli.run(java.util.Arrays.stream(base).filter(a -> !a.equals("--rego-v0"))
                .toArray(String[]::new));
        assertEquals(2, v1.code(), "v0 syntax without --rego-v0 is a policy error: " + v1);
        assertTrue(v1.err().contains("main.rego:"), v1.toString());
    }

    @Test
    void dataFilesReachPolicies() throws Exception {
        Files.writeString(policy.resolve("org001.rego"), RULE.replace("not input.rbac.labels.owner",
                "not input.rbac.labels.owner\n\tnot input.rbac.name in data.org.exempt"));
        Path data = Files.writeString(dir.resolve("exempt.yaml"), "org:\n  exempt: [no-owner]\n");
        assertEquals(1, check().code());
        assertEquals(0, check("--data", data.toString()).code());
    }

    @Test
    void policyCompileErrorExitsTwoWithFileAndLine() throws Exception {
        Files.writeString(policy.resolve("broken.rego"), "package broken\n\ndeny contains x if {\n");
        Cli.Run r = check();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("broken.rego:"), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void evaluationErrorIsReportedAndExitsTwo() throws Exception {
        Files.writeString(policy.resolve("conflict.rego"), """
                # METADATA
                # custom:
                #   id: ORG002
                #   input: rbac
                package authlint.custom.conflict

                import rego.v1

                deny := "a" if input.rbac.kind == "ClusterRole"
                deny := "b" if input.rbac.kind == "ClusterRole"
                """);
        Cli.Run r = check("--fail-on", "never", "--no-color");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.out().contains("rule ORG002 (data.authlint.custom.conflict.deny) failed: "), r.toString());
        assertTrue(r.out().contains("conflict.rego:10: eval_conflict_error"), r.toString());
        Cli.Run json = check("--fail-on", "never", "-f", "json");
        assertEquals(2, json.code());
        assertTrue(json.err().contains("roles.yaml:1:1: rule ORG002"), json.toString());
    }

    @Test
    void timeoutStopsASlowPolicyAndExitsTwo() throws Exception {
        // 25 million iterations that produce nothing: far beyond 50 ms, far below the 10 s default
        Files.writeString(policy.resolve("slow.rego"), """
                # METADATA
                # custom:
                #   id: ORG003
                #   input: rbac
                package authlint.custom.slow

                import rego.v1

                deny contains "never" if {
                	some a in numbers.range(1, 5000)
                	some b in numbers.range(1, 5000)
                	a == b + 10000
                }
                """);
        Cli.Run r = check("--timeout", "50ms", "--fail-on", "never", "--no-color");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.out().contains("rule ORG003 (data.authlint.custom.slow.deny) failed: "), r.toString());
        assertTrue(r.out().contains("timed out: evaluation exceeded the 50ms deadline"), r.toString());
    }

    @Test
    void badTimeoutIsAUsageError() throws Exception {
        Cli.Run r = check("--timeout", "10");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("'10' is not a positive duration with a unit"), r.toString());
        Files.writeString(repo.resolve(".authlint.yaml"), "timeout: soon\n");
        Cli.Run cfg = check();
        assertEquals(2, cfg.code(), cfg.toString());
        assertTrue(cfg.err().contains(".authlint.yaml:1: bad value 'soon' for 'timeout'"), cfg.toString());
    }

    @Test
    void baselineReportsOnlyNewFindings() throws Exception {
        Path baseline = dir.resolve("baseline/authlint-baseline.json");
        Cli.Run b = Cli.run("baseline", repo.toString(), "--policy", policy.toString(), "--no-builtin-rules",
                "-o", baseline.toString());
        assertEquals(0, b.code(), b.toString());
        assertTrue(b.out().contains("recorded 1 finding"), b.toString());
        assertEquals(0, check("--baseline", baseline.toString()).code());
        // shift the finding down two lines: still known
        Files.writeString(repo.resolve("roles.yaml"), "# header\n# more\n" + ROLES);
        assertEquals(0, check("--baseline", baseline.toString()).code());
        // a second role without owner is new
        Files.writeString(repo.resolve("roles.yaml"), ROLES.replace("name: owned\n  labels: {owner: platform}",
                "name: other"));
        Cli.Run r = check("--baseline", baseline.toString(), "-f", "json");
        assertEquals(1, r.code(), r.toString());
        Files.writeString(baseline, "[]");
        assertEquals(2, check("--baseline", baseline.toString()).code());
        assertEquals(2, Cli.run("baseline", repo.toString()).code(), "-o is required");
    }

    @Test
    void helpReadsLikeAManPage() {
        for (String cmd : new String[] {"check", "baseline", "rules", "completion"}) {
            Cli.Run r = Cli.run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: authlint " + cmd), r.out());
            assertTrue(r.out().contains("Exit codes:"), cmd);
            assertTrue(r.out().contains("Examples:"), cmd);
        }
        assertTrue(Cli.run("check", "--help").out().contains("--fail-on"));
    }

    @Test
    void internalErrorExitsThreeWithStackTraceOnlyWithDebug() {
        java.util.function.Supplier<Checker> broken = () -> new Checker((paths, stdin, settings) -> {
            throw new IllegalStateException("scanner bug");
        }, new RegoPolicyCompiler());
        Cli.Run plain = Cli.run(Map.of(), "", broken, "check", repo.toString(), "--no-builtin-rules");
        assertEquals(3, plain.code(), plain.toString());
        assertTrue(plain.err().contains("internal error: java.lang.IllegalStateException: scanner bug"),
                plain.toString());
        assertTrue(plain.err().contains("rerun with --debug"), plain.toString());
        assertFalse(plain.err().contains("\tat "), plain.toString());
        Cli.Run debug = Cli.run(Map.of(), "", broken, "check", repo.toString(), "--no-builtin-rules", "--debug");
        assertEquals(3, debug.code());
        assertTrue(debug.err().contains("\tat "), debug.toString());
    }

    @Test
    void unknownOptionIsUsageError() {
        Cli.Run r = Cli.run("check", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--frobnicate"), r.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-facing subcommands: eval, test, conformance, bench. */
class RegoCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void evalPrintsTheResultSetAsJson() throws IOException {
        Path policy = write("p/policy.rego", """
                package demo

                allow if input.user == "alice"

                names contains n if some n in data.users
                """);
        Path input = write("input.yaml", "user: alice\n");
        Path data = write("data.json", "{\"users\": [\"bob\", \"alice\"]}");
        Cli.Run run = Cli.run("eval", "-d", policy.getParent().toString(), "-i", input.toString(),
                "--data", data.toString(), "x := data.demo");
        assertEquals(0, run.code(), run.err());
        String json = run.out().replaceAll("\\s", "");
        assertTrue(json.contains("\"bindings\":{\"x\":{\"allow\":true,\"names\":[\"alice\",\"bob\"]}}"), run.out());
    }

    @Test
    void evalUndefinedWithFailExitsOne() throws IOException {
        Path policy = write("policy.rego", "package demo\n\nallow if input.user == \"alice\"\n");
        Cli.Run run = Cli.run("eval", "--fail", "-d", policy.toString(), "data.demo.allow");
        assertEquals(1, run.code(), run.err());
        assertEquals("{}", run.out().replaceAll("\\s", ""));
    }

    @Test
    void evalCompileErrorExitsTwoWithFileAndLine() throws IOException {
        Path policy = write("bad.rego", "package demo\n\np if {\n\tx := [1,\n}\n");
        Cli.Run run = Cli.run("eval", "-d", policy.toString(), "data.demo.p");
        assertEquals(2, run.code());
        assertTrue(run.err().matches("(?s).*bad\\.rego:[45]: rego_parse_error: .*"), run.err());
    }

    @Test
    void evalNamesTheFileOfABadInputOrDataDocument() throws IOException {
        Path policy = write("policy.rego", "package demo\n\np := input\n");
        Path badJson = write("bad.json", "{\"a\": ");
        Cli.Run json = Cli.run("eval", "-d", policy.toString(), "-i", badJson.toString(), "data.demo.p");
        assertEquals(2, json.code());
        assertTrue(json.err().startsWith("authlint eval: " + badJson + ": not valid JSON: "), json.err());
        assertEquals(1, json.err().strip().lines().count(), "one line: " + json.err());

        Path list = write("list.yaml", "- 1\n- 2\n");
        Cli.Run data = Cli.run("eval", "-d", policy.toString(), "--data", list.toString(), "data.demo.p");
        assertEquals(2, data.code());
        assertTrue(data.err().contains(list + ": a data document must be an object"), data.err());

        Cli.Run missing = Cli.run("eval", "-d", policy.toString(), "-i", dir.resolve("none.json").toString(), "data.demo.p");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json: no such file"), missing.err());
    }

    @Test
    void testCommandReportsFailuresAndExitsOne() throws IOException {
        write("t/policy.rego", "package demo\n\nallow if input.user == \"alice\"\n");
        write("t/policy_test.rego", """
                package demo_test

                import data.demo

                test_alice if demo.allow with input as {"user": "alice"}

                test_bob if demo.allow with input as {"user": "bob"}
                """);
        Cli.Run failing = Cli.run("test", dir.resolve("t").toString());
        assertEquals(1, failing.code(), failing.err());
        assertTrue(failing.out().contains("data.demo_test.test_bob: FAIL ("), failing.out());
        assertTrue(failing.out().contains("policy_test.rego:7: test is undefined"), failing.out());
        assertTrue(failing.out().endsWith("PASS: 1/2\nFAIL: 1/2\n"), failing.out());

        Cli.Run filtered = Cli.run("test", "-v", "--run", "alice", dir.resolve("t").toString());
        assertEquals(0, filtered.code(), filtered.out());
        assertTrue(filtered.out().contains("data.demo_test.test_alice: PASS ("), filtered.out());
    }

    @Test
    void testCommandCompileErrorExitsTwo() throws IOException {
        write("b/bad_test.rego", "package bad\n\ntest_x if {\n\tx := [1,\n}\n");
        Cli.Run run = Cli.run("test", dir.resolve("b").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().matches("(?s).*bad_test\\.rego:[45]: rego_parse_error: .*"), run.err());
    }

    @Test
    void conformanceListsFailingCasesAndTotals() throws IOException {
        write("suite/opa/demo.yaml", """
                ---
                cases:
                  - note: demo/good
                    query: data.test.p = x
                    modules: ["package test\\np := 1"]
                    want_result:
                      - x: 1
                  - note: demo/bad
                    query: data.test.p = x
                    modules: ["package test\\np := 1"]
                    want_result:
                      - x: 2
                """);
        Cli.Run run = Cli.run("conformance", dir.resolve("suite").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("FAIL " + dir.resolve("suite/opa/demo.yaml") + " :: demo/bad: got [{\"x\": 1}] but expected [{\"x\": 2}]"), run.out());
        assertTrue(run.out().endsWith("conformance: 1 passed, 1 failed, 0 skipped\n"), run.out());
    }

    @Test
    void conformanceOnAMissingDirectoryIsAUsageError() {
        Cli.Run run = Cli.run("conformance", dir.resolve("nope").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such file or directory"), run.err());
    }

    @Test
    void benchReportsThroughputAndAllocationPerDocumentCount() {
        Cli.Run run = Cli.run("bench", "--documents", "20,40", "--warmup", "10");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("docs/sec"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("20 ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("40 ")), run.out());
    }

    @Test
    void everyRegoCommandHasHelp() {
        for (String command : new String[] {"eval", "test", "conformance", "bench"}) {
            Cli.Run run = Cli.run(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().contains("Exit codes:"), command + " help:\n" + run.out());
        }
    }
}

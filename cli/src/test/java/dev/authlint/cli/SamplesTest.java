package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples the README points at behave as it says, with the bundled rules. */
class SamplesTest {

    /** Tests run in the cli module folder; the samples live beside it. */
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void insecureClusterFailsWithTheDocumentedMistakes() {
        Cli.Run r = Cli.run("check", SAMPLES.resolve("insecure-cluster").toString(), "-f", "json",
                "--no-timestamps");
        assertEquals(1, r.code(), r.toString());
        for (String id : List.of("AA002", "AA007", "RB001", "RB014", "IAM001", "X001")) {
            assertTrue(r.out().contains("\"ruleId\": \"" + id + "\""), id + " missing:\n" + r);
        }
    }

    @Test
    void secureClusterPasses() {
        Cli.Run r = Cli.run("check", SAMPLES.resolve("secure-cluster").toString(), "--no-color");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("no findings"), r.toString());
    }

    @Test
    void customPolicySampleFiresItsRule() {
        assertTrue(Files.isRegularFile(SAMPLES.resolve("custom-policy/policy/owner_label_test.rego")));
        Cli.Run r = Cli.run("check", SAMPLES.resolve("custom-policy").toString(), "--no-color");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("clusterroles.yaml:15:9: medium ORG001"), r.toString());
    }
}

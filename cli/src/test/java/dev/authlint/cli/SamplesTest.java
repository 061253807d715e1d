package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void suppressionInsideAMapRolesBlock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("aws-auth.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: aws-auth
                  namespace: kube-system
                data:
                  mapRoles: |
                    - rolearn: arn:aws:iam::111122223333:role/break-glass
                      username: break-glass
                      groups:
                        # authlint:ignore AA002 -- break-glass role, approved in SEC-123
                        - system:masters
                    - rolearn: arn:aws:iam::111122223333:role/ops
                      username: ops
                      groups:
                        - system:masters # authlint:ignore AA002
                """);
        Cli.Run r = Cli.run("check", dir.toString(), "-f", "json", "--no-timestamps", "--disable", "X001");
        assertTrue(r.out().contains("\"justification\": \"break-glass role, approved in SEC-123\""), r.toString());
        assertTrue(r.out().contains("\"ruleId\": \"AL001\""), "reasonless suppression is reported:\n" + r);
        assertEquals(0, r.code(), "both AA002 findings are suppressed, AL001 is low:\n" + r);
        assertTrue(r.out().contains("\"suppressed\": 2"), r.toString());
    }

    @Test
    void customPolicySampleFiresItsRule() {
        assertTrue(Files.isRegularFile(SAMPLES.resolve("custom-policy/policy/owner_label_test.rego")));
        Cli.Run r = Cli.run("check", SAMPLES.resolve("custom-policy").toString(), "--no-color");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("clusterroles.yaml:15:9: medium ORG001"), r.toString());
    }
}

package dev.authlint.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.model.DocumentEnvelope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile file gives exactly one clear finding, and the good files of the same run are still loaded. */
class HostileInputTest {

    private static final String GOOD_ROLE = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
            + "metadata: {name: good}\nrules:\n- apiGroups: ['']\n  resources: [pods]\n  verbs: [get]\n";

    @TempDir
    Path dir;

    private ScanResult scan() {
        return new Scanner(ScanOptions.defaults().withWorkingDirectory(dir)).scan(List.of("."), null);
    }

    private static Map<String, List<Finding>> byFile(ScanResult r) {
        return r.findings().stream().collect(Collectors.groupingBy(f -> f.location().file()));
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Finding onlyFinding(ScanResult r, String file, String ruleId) {
        List<Finding> findings = byFile(r).getOrDefault(file, List.of());
        assertEquals(1, findings.size(), () -> file + ": " + findings);
        Finding f = findings.get(0);
        assertEquals(ruleId, f.ruleId(), f.message());
        return f;
    }

    private void assertGoodFileLoaded(ScanResult r) {
        List<DocumentEnvelope> good = r.documents().stream().filter(d -> d.file().equals("good.yaml")).toList();
        assertEquals(1, good.size());
        assertEquals("rbac", good.get(0).kind());
    }

    @Test
    void billionLaughsIsRefusedAsALimit() throws IOException {
        write("good.yaml", GOOD_ROLE);
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                laughs.append(i == 0 ? "" : ",").append('*').append(p);
            }
            laughs.append("]\n");
        }
        write("laughs.yaml", laughs.toString());
        ScanResult r = scan();
        Finding f = onlyFinding(r, "laughs.yaml", "IO003");
        assertTrue(f.message().contains("aliases"), f.message());
        assertTrue(f.location().line() > 1, "points into the document: " + f.location());
        assertGoodFileLoaded(r);
    }

    @Test
    void aliasExpansionBelowTheAliasLimitIsStillCapped() throws IOException {
        write("good.yaml", GOOD_ROLE);
        StringBuilder doubling = new StringBuilder("l0: &l0 [x, y]\n");
        for (int i = 1; i <= 24; i++) {
            doubling.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
                    .append(", *l").append(i - 1).append("]\n");
        }
        write("doubling.yaml", doubling.toString());
        ScanResult r = scan();
        Finding f = onlyFinding(r, "doubling.yaml", "IO003");
        assertTrue(f.message().contains("expanded"), f.message());
        assertGoodFileLoaded(r);
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() throws IOException {
        write("good.yaml", GOOD_ROLE);
        write("deep.yaml", "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        write("deep.json", "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}\n");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 2_000; i++) { // block indentation grows quadratically: 2,000 levels are 2 MB
            block.append(" ".repeat(i)).append("k:\n");
        }
        write("deep-block.yaml", block.toString());
        ScanResult r = scan();
        assertTrue(onlyFinding(r, "deep.yaml", "IO003").message().contains("nesting"));
        assertTrue(onlyFinding(r, "deep.json", "IO003").message().contains("nesting"));
        assertTrue(onlyFinding(r, "deep-block.yaml", "IO003").message().contains("nesting"));
        assertGoodFileLoaded(r);
    }

    @Test
    void fiftyMebibyteFileIsReportedTooLargeWithoutReadingIt() throws IOException {
        write("good.yaml", GOOD_ROLE);
        byte[] line = "- a fairly long line of YAML list content to fill the file quickly\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.yaml"))) {
            for (long written = 0; written < 50L << 20; written += line.length) {
                out.write(line);
            }
        }
        ScanResult r = scan();
        Finding f = onlyFinding(r, "huge.yaml", "IO002");
        assertEquals(dev.authlint.core.finding.Severity.MEDIUM, f.severity());
        assertTrue(f.message().contains("5242880"), f.message());
        assertGoodFileLoaded(r);
    }

    @Test
    void invalidUtf8AndBinaryFilesAreNotText() throws IOException {
        write("good.yaml", GOOD_ROLE);
        Files.write(dir.resolve("latin1.yaml"), "a: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("image.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        ScanResult r = scan();
        Finding utf8 = onlyFinding(r, "latin1.yaml", "IO005");
        assertEquals(2, utf8.location().line());
        assertTrue(utf8.message().contains("0xE9"), utf8.message());
        assertTrue(onlyFinding(r, "image.json", "IO005").message().contains("binary"));
        assertGoodFileLoaded(r);
    }

    @Test
    void symlinkLoopIsReportedOnce() throws IOException {
        write("good.yaml", GOOD_ROLE);
        Files.createDirectories(dir.resolve("sub"));
        try {
            Files.createSymbolicLink(dir.resolve("sub/up"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        ScanResult r = scan();
        Finding f = onlyFinding(r, "sub/up", "IO004");
        assertTrue(f.message().contains("loop"), f.message());
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertGoodFileLoaded(r);
    }

    @Test
    void symbolicLinksOutOfTheTreeAreNotFollowed(@TempDir Path outside) throws IOException {
        write("good.yaml", GOOD_ROLE);
        Files.writeString(outside.resolve("secret.yaml"), "token: s3cr3t\n");
        try {
            Files.createSymbolicLink(dir.resolve("leak.yaml"), outside.resolve("secret.yaml"));
            Files.createSymbolicLink(dir.resolve("leakdir"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        ScanResult r = scan();
        assertEquals(List.of(), r.findings());
        assertEquals(List.of("good.yaml"), r.files().stream().map(f -> f.relativePath()).toList());
        assertEquals(2, r.notifications().size(), r.notifications().toString());
        assertTrue(r.notifications().get(0).message().contains("outside the scanned directory"));
        assertGoodFileLoaded(r);
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        write("good.yaml", GOOD_ROLE);
        write("secret.yaml", "a: 1\n");
        Path secret = dir.resolve("secret.yaml");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        assumeFalse(Files.isReadable(secret), "running as a user who can read anything (root): skipped");
        ScanResult r = scan();
        Finding f = onlyFinding(r, "secret.yaml", "IO004");
        assertTrue(f.message().contains("permission denied"), f.message());
        assertGoodFileLoaded(r);
    }

    @Test
    void mapRolesWithATabGivesOneErrorAndTheFileIsStillLoaded() throws IOException {
        write("good.yaml", GOOD_ROLE);
        write("aws-auth.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\n"
                + "data:\n  mapRoles: |\n    - rolearn: arn:aws:iam::1:role/a\n    \tusername: a\n");
        ScanResult r = scan();
        assertEquals(List.of(), byFile(r).getOrDefault("aws-auth.yaml", List.of()),
                "the syntax error is in awsAuth.errors for rule AA001, not an IO finding");
        DocumentEnvelope env = r.documents().stream().filter(d -> d.file().equals("aws-auth.yaml")).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) ((Map<String, Object>) env.envelope()
                .get("awsAuth")).get("errors");
        assertEquals(1, errors.size());
        assertEquals(9, env.locate(List.of("awsAuth", "errors", 0)).line());
        assertGoodFileLoaded(r);
    }

    @Test
    void syntaxErrorIsOneFindingWithParserPosition() throws IOException {
        write("good.yaml", GOOD_ROLE);
        write("broken.yaml", "a: 1\nb: [1, 2\nc: 3\n");
        write("broken.json", "{\n  \"a\": 1,\n  \"b\": }\n");
        ScanResult r = scan();
        Finding yaml = onlyFinding(r, "broken.yaml", "IO001");
        assertEquals(3, yaml.location().line());
        Finding json = onlyFinding(r, "broken.json", "IO001");
        assertEquals(3, json.location().line());
        assertEquals(8, json.location().column());
        assertTrue(json.message().contains("JSON syntax error"), json.message());
        assertGoodFileLoaded(r);
    }
}

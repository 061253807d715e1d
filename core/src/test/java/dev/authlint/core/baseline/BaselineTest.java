package dev.authlint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.config.ConfigException;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static Finding f(String rule, int line) {
        return Finding.of(rule, Severity.HIGH, "m" + line, SourceLocation.at("r.yaml", line, 3));
    }

    @Test
    void fingerprintsSurviveLineShiftsButNotEdits() {
        List<String> before = List.of("kind: ClusterRole", "rules:", "- verbs: ['*']");
        List<String> shifted = List.of("# a comment", "", "kind: ClusterRole", "rules:", "-   verbs:  ['*']");
        List<String> edited = List.of("kind: ClusterRole", "rules:", "- verbs: ['*', get]");
        String a = Fingerprints.assign(List.of(f("RB001", 3)), p -> before).get(0).fingerprint();
        String b = Fingerprints.assign(List.of(f("RB001", 5)), p -> shifted).get(0).fingerprint();
        String c = Fingerprints.assign(List.of(f("RB001", 3)), p -> edited).get(0).fingerprint();
        String d = Fingerprints.assign(List.of(f("RB004", 3)), p -> before).get(0).fingerprint();
        assertEquals(32, a.length());
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(a, d);
    }

    @Test
    void identicalLinesGetDistinctFingerprintsByOccurrence() {
        Map<String, List<String>> text = Map.of("r.yaml", List.of("- '*'", "- '*'"));
        List<Finding> out = Fingerprints.assign(List.of(f("RB001", 2), f("RB001", 1)), text::get);
        assertNotEquals(out.get(0).fingerprint(), out.get(1).fingerprint());
        // order of arrival does not change who is first
        List<Finding> again = Fingerprints.assign(List.of(f("RB001", 1), f("RB001", 2)), text::get);
        assertEquals(out.get(1).fingerprint(), again.get(0).fingerprint());
    }

    @Test
    void baselineSuppressesRecordedFindingsOnly(@TempDir Path dir) throws Exception {
        List<String> lines = List.of("a", "b", "c");
        List<Finding> run1 = Fingerprints.assign(List.of(f("RB001", 1), f("RB004", 2)), p -> lines);
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, BaselineFile.toJson(Baseline.of(run1)));
        Baseline read = BaselineFile.read(file);
        assertEquals(2, read.entries().size());

        List<Finding> run2 = Fingerprints.assign(List.of(f("RB001", 1), f("RB004", 2), f("IAM001", 3)),
                p -> lines);
        List<Finding> out = read.apply(run2, "baseline.json");
        assertEquals(Suppression.Kind.EXTERNAL, out.get(0).suppression().kind());
        assertTrue(out.get(1).suppressed());
        assertFalse(out.get(2).suppressed());
    }

    @Test
    void suppressedFindingsAreNotRecorded() {
        Finding s = f("RB001", 1).withFingerprint("x")
                .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "ok", null));
        assertTrue(Baseline.of(List.of(s)).entries().isEmpty());
    }

    @Test
    void badBaselineFilesAreConfigErrors(@TempDir Path dir) throws Exception {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{\n  \"version\": 1,\n  oops\n}");
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(notJson));
        assertEquals(3, e.line());
        Path wrong = Files.writeString(dir.resolve("b.json"), "[]");
        assertTrue(assertThrows(ConfigException.class, () -> BaselineFile.read(wrong)).getMessage()
                .contains("not an authlint baseline"));
        assertThrows(ConfigException.class, () -> BaselineFile.read(dir.resolve("missing.json")));
    }
}

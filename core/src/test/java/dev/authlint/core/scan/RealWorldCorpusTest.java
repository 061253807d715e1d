package dev.authlint.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.model.DocumentEnvelope;
import dev.authlint.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real manifests of ../shared/corpus beside the repository (read in place, never copied). */
class RealWorldCorpusTest {

    private static ScanResult result;

    @BeforeAll
    static void scanCorpus() {
        String shared = System.getProperty("authlint.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("real-world")),
                "shared corpus not found (system property authlint.shared.dir): real-world corpus test skipped");
        result = new Scanner(ScanOptions.defaults().withWorkingDirectory(corpus)).scan(List.of("real-world"), null);
    }

    @Test
    void everyFileLoadsWithoutAFinding() {
        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.notifications());
        assertEquals(252, result.files().size());
        assertTrue(result.files().stream().allMatch(SourceFile::hasText));
    }

    @Test
    void documentsOfEachKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        result.documents().forEach(d -> kinds.merge(d.kind(), 1, Integer::sum));
        assertEquals(Map.of("aws-auth", 2, "cloudformation", 1, "iam", 172, "other", 78, "rbac", 158), kinds);
    }

    @Test
    void oldRbacVersionsAndListsAreRecognised() {
        long deprecated = result.documents().stream()
                .filter(d -> d.kind().equals("rbac"))
                .filter(d -> Boolean.TRUE.equals(((Map<?, ?>) d.envelope().get("rbac")).get("deprecatedApiVersion")))
                .count();
        long listItems = result.documents().stream().filter(d -> d.itemIndex() != null).count();
        assertTrue(deprecated > 0, "the corpus has v1beta1 RBAC");
        assertTrue(listItems > 0, "the corpus has kind: List");
    }

    /** Every value of every document resolves to a position inside its file, and every string to where it is written. */
    @Test
    void everyValueResolvesInsideItsFile() {
        Map<String, Integer> lineCounts = new TreeMap<>();
        Map<String, List<String>> lines = new TreeMap<>();
        result.files().forEach(f -> lineCounts.put(f.relativePath(), Math.max(1, f.lines().size())));
        result.files().forEach(f -> lines.put(f.relativePath(), f.lines()));
        for (DocumentEnvelope d : result.documents()) {
            List<List<Object>> paths = new ArrayList<>();
            collectPaths(d.envelope().get("document"), new ArrayList<>(List.of("document")), paths);
            for (List<Object> path : paths) {
                SourceLocation at = d.locate(path);
                assertTrue(at.line() >= 1 && at.line() <= lineCounts.get(d.file()) + 1,
                        () -> d.file() + " " + path + " -> " + at);
                Object value = valueAt(d.envelope(), path);
                if (value instanceof String s && !s.isEmpty() && !s.contains("\n") && !s.contains("\\")) {
                    String line = lines.get(d.file()).get(at.line() - 1);
                    String written = line.substring(Math.min(line.length(), at.column() - 1));
                    // plain scalars folded over several lines start with their first line
                    boolean ok = written.startsWith(s) || !written.isBlank() && s.startsWith(written.stripTrailing())
                            || written.startsWith("'") || written.startsWith("|") || written.startsWith(">") || written.startsWith("\"")
                            || written.startsWith("*") || written.startsWith("!");
                    assertTrue(ok, () -> d.file() + " " + path + " = '" + s + "' but " + at + " has: " + written);
                }
            }
        }
    }

    private static Object valueAt(Map<String, Object> envelope, List<Object> path) {
        Object v = envelope;
        for (Object step : path) {
            v = step instanceof Integer i ? ((List<?>) v).get(i) : ((Map<?, ?>) v).get(step);
        }
        return v;
    }

    private static void collectPaths(Object value, List<Object> path, List<List<Object>> out) {
        out.add(List.copyOf(path));
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(e.getKey());
                collectPaths(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collectPaths(list.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}

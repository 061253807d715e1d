package dev.authlint.rego.conformance;

import dev.authlint.rego.tester.ExactYaml;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads conformance case files in either dialect (see {@link CaseFormat}).
 *
 * <p>The dialect of a file is taken from the nearest folder named {@code opa} or {@code regorus} in its
 * path; failing that, from keys only one dialect uses; failing that, OPA. A file that cannot be read, or a
 * case that says nothing we understand, is kept and reported as a failure rather than dropped.
 */
public final class CaseLoader {

    /** Keys that occur only in regorus files. */
    private static final Set<String> REGORUS_KEYS = Set.of("error", "no_result", "strict", "want_prints");
    /** Keys that occur only in OPA files. */
    private static final Set<String> OPA_KEYS = Set.of("want_error", "want_error_code", "strict_error", "input_term");
    /**
     * regorus files its upstream harness evaluates with Rego v1 rather than v0 (the harness special-cases
     * them by path; see the conformance README, section 3).
     */
    private static final Set<String> REGORUS_V1_FILES = Set.of("binding/bindings.yaml");

    private CaseLoader() {
    }

    /** Every {@code *.yaml}/{@code *.yml} file below {@code root} (or {@code root} itself), sorted by path. */
    public static List<Path> findFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Reads one file; {@code displayName} is the path shown in reports and matched by the skip list. */
    public static CaseFile load(Path file, String displayName) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = ExactYaml.load(reader);
        } catch (IOException | RuntimeException e) {
            return CaseFile.unreadable(displayName, "cannot read YAML: " + oneLine(e.getMessage()));
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("cases") instanceof List<?> rawCases)) {
            return CaseFile.unreadable(displayName, "not a conformance file: no top-level 'cases' list");
        }
        CaseFormat format = formatOf(displayName, rawCases);
        boolean regoV0 = format == CaseFormat.REGORUS && REGORUS_V1_FILES.stream().noneMatch(f -> displayName.equals(f) || displayName.endsWith("/" + f));
        Map<String, Integer> noteCounts = new HashMap<>();
        for (Object raw : rawCases) {
            noteCounts.merge(noteOf(raw), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ConformanceCase> cases = new ArrayList<>(rawCases.size());
        for (Object raw : rawCases) {
            String note = noteOf(raw);
            int occurrence = seen.merge(note, 1, Integer::sum);
            String idNote = noteCounts.get(note) > 1 ? note + " #" + occurrence : note;
            String id = displayName + " :: " + idNote;
            cases.add(CaseParser.parse(id, displayName, note, format, regoV0, raw));
        }
        return new CaseFile(displayName, cases, null);
    }

    static CaseFormat formatOf(String displayName, List<?> rawCases) {
        String[] segments = displayName.split("/");
        for (int i = segments.length - 2; i >= 0; i--) {
            if (segments[i].equalsIgnoreCase("regorus")) {
                return CaseFormat.REGORUS;
            }
            if (segments[i].equalsIgnoreCase("opa")) {
                return CaseFormat.OPA;
            }
        }
        for (Object raw : rawCases) {
            if (raw instanceof Map<?, ?> fields) {
                for (Object key : fields.keySet()) {
                    if (REGORUS_KEYS.contains(key)) {
                        return CaseFormat.REGORUS;
                    }
                    if (OPA_KEYS.contains(key)) {
                        return CaseFormat.OPA;
                    }
                }
            }
        }
        return CaseFormat.OPA;
    }

    private static String noteOf(Object raw) {
        return raw instanceof Map<?, ?> fields && fields.get("note") != null ? String.valueOf(fields.get("note")) : "";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}

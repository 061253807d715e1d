package dev.authlint.policies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled rules' fixtures as the module lays them out: {@code <group>/fixtures/<ID>/fail|pass/<case>},
 * where a case is one file or a folder of files (for repository-scope rules). Fail cases declare where the
 * rule must fire: YAML files with {@code # expect: ID line N} comments, JSON files with a sidecar
 * {@code <name>.expect} holding {@code ID line N} lines.
 */
final class Fixtures {

    static final List<String> GROUPS = List.of("aws-auth", "rbac", "iam", "cross");

    private static final Pattern EXPECT = Pattern.compile("^(?:#\\s*expect:\\s*)?([A-Z]+[0-9]+) line ([0-9]+)\\s*$");

    private Fixtures() {
    }

    /** One fixture case of one rule. */
    record Case(String ruleId, boolean fail, Path path) {

        String name() {
            return ruleId + " " + (fail ? "fail" : "pass") + "/" + path.getFileName();
        }
    }

    /** Where a finding is expected: the file's name and the line. */
    record Expected(String file, int line) implements Comparable<Expected> {

        @Override
        public int compareTo(Expected o) {
            int byFile = file.compareTo(o.file);
            return byFile != 0 ? byFile : Integer.compare(line, o.line);
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** The policies module's folder (surefire's working directory). */
    static Path moduleDir() {
        return Path.of("").toAbsolutePath();
    }

    /** Every case under every group, sorted by rule id then path. */
    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String group : GROUPS) {
            Path root = moduleDir().resolve(group).resolve("fixtures");
            for (Path ruleDir : list(root)) {
                for (String kind : List.of("fail", "pass")) {
                    for (Path c : list(ruleDir.resolve(kind))) {
                        if (isCase(c)) {
                            cases.add(new Case(ruleDir.getFileName().toString(), kind.equals("fail"), c));
                        }
                    }
                }
            }
        }
        return cases;
    }

    /** Files and folders that are cases: not hidden (config), not expectation sidecars. */
    static boolean isCase(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".expect");
    }

    /** What a case expects for its rule, from every file it consists of. */
    static Set<Expected> expectations(Case c) {
        Set<Expected> out = new TreeSet<>();
        List<Path> files = Files.isDirectory(c.path()) ? list(c.path()) : List.of(c.path());
        for (Path file : files) {
            if (!isCase(file)) {
                continue;
            }
            String name = file.getFileName().toString();
            Path sidecar = file.resolveSibling(name.replaceFirst("\\.json$", "") + ".expect");
            List<String> lines = name.endsWith(".json") ? (Files.exists(sidecar) ? read(sidecar) : List.of())
                    : read(file).stream().filter(l -> l.startsWith("#")).toList();
            for (String line : lines) {
                Matcher m = EXPECT.matcher(line.strip());
                if (m.matches() && m.group(1).equals(c.ruleId())) {
                    out.add(new Expected(name, Integer.parseInt(m.group(2))));
                } else if (line.strip().startsWith("# expect") || name.endsWith(".json") && !line.isBlank()
                        && !m.matches()) {
                    throw new IllegalStateException(file + ": malformed expectation '" + line + "'");
                }
            }
        }
        return out;
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

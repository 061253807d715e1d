package dev.authlint.core.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the text of a scanned file's line, so reporters can show the offending source under a finding.
 *
 * <p>The check runner implements it from the files it has already read; reporters must cope with
 * {@link Optional#empty()} (file not kept, line out of range, stdin) by leaving the snippet out.
 */
@FunctionalInterface
public interface SourceLines {

    /** A lookup that knows no file; reports then carry no snippets. */
    SourceLines NONE = (file, line) -> Optional.empty();

    /**
     * The text of {@code line} (1-based) of {@code file} (relative to the scan root, '/'-separated), without
     * its line terminator.
     */
    Optional<String> line(String file, int line);

    /** A lookup over in-memory file contents, keyed by relative path. */
    static SourceLines of(Map<String, String> contentsByFile) {
        Map<String, List<String>> lines = new java.util.HashMap<>();
        contentsByFile.forEach((file, text) -> lines.put(file, List.of(text.split("\r\n|\r|\n", -1))));
        return (file, line) -> {
            List<String> l = lines.get(file);
            return l == null || line < 1 || line > l.size() ? Optional.empty() : Optional.of(l.get(line - 1));
        };
    }
}

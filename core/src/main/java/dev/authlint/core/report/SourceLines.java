package dev.authlint.core.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * A lookup over in-memory file contents, keyed by relative path. A file is split into lines only when a
     * report first asks for one of them, so files without findings cost nothing.
     */
    static SourceLines of(Map<String, String> contentsByFile) {
        Map<String, String> texts = Map.copyOf(contentsByFile);
        Map<String, List<String>> split = new ConcurrentHashMap<>();
        return (file, line) -> {
            String text = texts.get(file);
            if (text == null || line < 1) {
                return Optional.empty();
            }
            List<String> lines = split.computeIfAbsent(file, f -> List.of(text.split("\r\n|\r|\n", -1)));
            return line > lines.size() ? Optional.empty() : Optional.of(lines.get(line - 1));
        };
    }
}

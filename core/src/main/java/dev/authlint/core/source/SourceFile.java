package dev.authlint.core.source;

import java.util.List;
import java.util.Objects;

/**
 * One scanned file (or standard input).
 *
 * @param relativePath path relative to the working directory or scan root, '/'-separated (the stdin name for
 *                     standard input); this is what findings report
 * @param text the decoded text, or null when the file could not be read, is binary or too large
 * @param lines the text's lines without line terminators (empty when {@code text} is null); suppression
 *              comments and reporters read them
 */
public record SourceFile(String relativePath, String text, List<String> lines) {

    public SourceFile {
        Objects.requireNonNull(relativePath, "relativePath");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A file whose text was read. */
    public static SourceFile of(String relativePath, String text) {
        return new SourceFile(relativePath, text, text == null ? List.of() : text.lines().toList());
    }

    /** A file that was found but whose text is not available (see the scan's IO findings). */
    public static SourceFile withoutText(String relativePath) {
        return new SourceFile(relativePath, null, List.of());
    }

    public boolean hasText() {
        return text != null;
    }
}

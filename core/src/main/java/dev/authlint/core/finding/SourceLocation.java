package dev.authlint.core.finding;

/**
 * A region of a scanned file. Lines and columns are 1-based; columns count Unicode code points.
 *
 * @param file the file path relative to the scan root, with '/' separators (or the stdin name)
 * @param line first line of the region
 * @param column first column of the region
 * @param endLine last line of the region
 * @param endColumn column just after the region's last character (SARIF convention)
 */
public record SourceLocation(String file, int line, int column, int endLine, int endColumn) {

    public SourceLocation {
        if (line < 1) {
            line = 1;
        }
        if (column < 1) {
            column = 1;
        }
        if (endLine < line) {
            endLine = line;
        }
        if (endLine == line && endColumn <= column) {
            endColumn = column + 1;
        }
    }

    /** A location that covers one character at {@code line:column}. */
    public static SourceLocation at(String file, int line, int column) {
        return new SourceLocation(file, line, column, line, column + 1);
    }

    /** A location for a whole file, when no better position exists (e.g. an unreadable file). */
    public static SourceLocation ofFile(String file) {
        return at(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}

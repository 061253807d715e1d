package dev.authlint.core.source;

import dev.authlint.core.finding.SourceLocation;

/**
 * A region of a text, 1-based. Columns count Unicode code points; {@code endColumn} is the column just after
 * the region's last character (SARIF convention), so an empty region has {@code endColumn == column}.
 */
public record Span(int line, int column, int endLine, int endColumn) {

    public Span {
        if (line < 1) {
            line = 1;
        }
        if (column < 1) {
            column = 1;
        }
        if (endLine < line) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A span covering one position. */
    public static Span at(int line, int column) {
        return new Span(line, column, line, column + 1);
    }

    /** This span as a finding location in {@code file}. */
    public SourceLocation toLocation(String file) {
        return new SourceLocation(file, line, column, endLine, endColumn);
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}

package dev.authlint.core.source;

import java.util.Arrays;

/**
 * Converts between character offsets in a text and 1-based line/column positions (columns in code points).
 * Line breaks are those of the parser that read the text: YAML 1.1 also breaks at NEL, LS and PS, JSON only at
 * CR and LF; a CR LF pair is one break.
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /** Line index with YAML 1.1 line breaks. */
    public static LineIndex yaml(String text) {
        return build(text, true);
    }

    /** Line index with JSON line breaks. */
    public static LineIndex json(String text) {
        return build(text, false);
    }

    private static LineIndex build(String text, boolean yamlBreaks) {
        int[] starts = new int[64];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean brk;
            if (c == '\n') {
                brk = true;
            } else if (c == '\r') {
                brk = i + 1 >= n || text.charAt(i + 1) != '\n';
            } else {
                brk = yamlBreaks && (c == '\u0085' || c == '\u2028' || c == '\u2029');
            }
            if (brk) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line (clamped to the text). */
    public int lineStart(int line) {
        int i = Math.max(1, Math.min(line, lineStarts.length)) - 1;
        return lineStarts[i];
    }

    /** Offset of a 0-based line and 0-based code-point column, as SnakeYAML marks report them. */
    public int offset(int line0, int codePointColumn0) {
        if (line0 >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[Math.max(0, line0)];
        int end = line0 + 1 < lineStarts.length ? lineStarts[line0 + 1] : text.length();
        int offset = start;
        for (int k = 0; k < codePointColumn0 && offset < end; k++) {
            offset += Character.isHighSurrogate(text.charAt(offset)) && offset + 1 < end ? 2 : 1;
        }
        return offset;
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based code-point column of an offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[lineOf(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** A one-character span at an offset. */
    public Span spanAt(int offset) {
        return Span.at(lineOf(offset), columnOf(offset));
    }

    /** The span from {@code start} (inclusive) to {@code end} (exclusive). */
    public Span span(int start, int end) {
        return new Span(lineOf(start), columnOf(start), lineOf(end), columnOf(end));
    }
}

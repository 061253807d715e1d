package dev.authlint.core.source;

/**
 * Maps positions inside a string value back to the file the string was written in, so that YAML parsed out of
 * an aws-auth {@code mapRoles} string (or JSON out of a Terraform policy string) reports outer-file lines.
 *
 * <p>The value is aligned character by character with its source text: the source may have extra block
 * indentation, folded line breaks, quotes and escapes ({@code \"}, {@code \n}, {@code \\uXXXX}, {@code ''}),
 * which are skipped or decoded. When alignment is impossible (an escape form not understood) every later position
 * maps to the start of the string, which is at least the right key's line.
 */
public final class EmbeddedText {

    private final LineIndex outer;
    private final int[] outerOffsets;

    private EmbeddedText(LineIndex outer, int[] outerOffsets) {
        this.outer = outer;
        this.outerOffsets = outerOffsets;
    }

    /**
     * Aligns {@code value} with the scalar written at {@code valueSpan} in {@code outer}.
     */
    public static EmbeddedText align(LineIndex outer, Span valueSpan, String value) {
        String text = outer.text();
        int start = outer.offset(valueSpan.line() - 1, valueSpan.column() - 1);
        int end = Math.min(text.length(), Math.max(start, outer.offset(valueSpan.endLine() - 1,
                valueSpan.endColumn() - 1)));
        char first = start < text.length() ? text.charAt(start) : ' ';
        boolean doubleQuoted = first == '"';
        boolean singleQuoted = first == '\'';
        int p = start;
        if (first == '|' || first == '>') {
            while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
                p++; // block scalar header and its comment
            }
        } else if (doubleQuoted || singleQuoted) {
            p++;
        }
        if (end <= p) {
            end = text.length();
        }
        int[] offsets = new int[value.length() + 1];
        int i = 0;
        int lastGood = start;
        while (i < value.length()) {
            if (p >= end) {
                offsets[i++] = lastGood;
                continue;
            }
            char c = value.charAt(i);
            char o = text.charAt(p);
            if (doubleQuoted && o == '\\') {
                int[] escape = decodeEscape(text, p, end);
                if (escape[0] == -2) {
                    p += escape[1]; // escaped line break: no character in the value
                    continue;
                }
                if (escape[0] == c) {
                    offsets[i++] = p;
                    lastGood = p;
                    p += escape[1];
                    continue;
                }
                break;
            }
            if (singleQuoted && o == '\'' && c == '\'' && p + 1 < end && text.charAt(p + 1) == '\'') {
                offsets[i++] = p;
                lastGood = p;
                p += 2;
                continue;
            }
            if (o == c) {
                offsets[i++] = p;
                lastGood = p;
                p++;
                continue;
            }
            if (o == ' ' || o == '\t' || o == '\n' || o == '\r') {
                p++; // indentation, or the line break of a folded line
                continue;
            }
            if (c == ' ' || c == '\n' || c == '\t') {
                offsets[i++] = p; // a line break folded into a space (or the reverse)
                continue;
            }
            break; // cannot align further
        }
        while (i < value.length()) {
            offsets[i++] = start;
        }
        offsets[value.length()] = i == value.length() && p <= text.length() ? Math.min(p, text.length()) : start;
        return new EmbeddedText(outer, offsets);
    }

    /** The outer offset of a character of the value. */
    public int outerOffset(int innerOffset) {
        return outerOffsets[Math.max(0, Math.min(innerOffset, outerOffsets.length - 1))];
    }

    /** The outer span of an inner span, the inner text being indexed by {@code inner}. */
    public Span map(Span innerSpan, LineIndex inner) {
        int s = inner.offset(innerSpan.line() - 1, innerSpan.column() - 1);
        int e = inner.offset(innerSpan.endLine() - 1, innerSpan.endColumn() - 1);
        int outerStart = outerOffset(s);
        int outerEnd = e > s ? outerOffset(e - 1) + 1 : outerStart;
        if (outerEnd < outerStart) {
            outerEnd = outerStart;
        }
        return outer.span(outerStart, outerEnd);
    }

    /**
     * Decodes a YAML/JSON double-quoted escape at {@code p}: returns {char (or -2 for an escaped line break,
     * -1 when unknown), length in the source}.
     */
    private static int[] decodeEscape(String text, int p, int end) {
        if (p + 1 >= end) {
            return new int[] {-1, 1};
        }
        char e = text.charAt(p + 1);
        switch (e) {
            case 'n': return new int[] {'\n', 2};
            case 't': case '\t': return new int[] {'\t', 2};
            case 'r': return new int[] {'\r', 2};
            case '"': return new int[] {'"', 2};
            case '\\': return new int[] {'\\', 2};
            case '/': return new int[] {'/', 2};
            case ' ': return new int[] {' ', 2};
            case '0': return new int[] {0, 2};
            case 'b': return new int[] {'\b', 2};
            case 'f': return new int[] {'\f', 2};
            case 'e': return new int[] {0x1B, 2};
            case 'a': return new int[] {7, 2};
            case 'v': return new int[] {11, 2};
            case 'N': return new int[] {0x85, 2};
            case '_': return new int[] {0xA0, 2};
            case 'x': return hex(text, p, end, 2);
            case 'u': return hex(text, p, end, 4);
            case 'U': return hex(text, p, end, 8);
            case '\n': case '\r': {
                int q = p + 1;
                while (q < end && (text.charAt(q) == '\n' || text.charAt(q) == '\r' || text.charAt(q) == ' '
                        || text.charAt(q) == '\t')) {
                    q++;
                }
                return new int[] {-2, q - p};
            }
            default: return new int[] {-1, 2};
        }
    }

    private static int[] hex(String text, int p, int end, int digits) {
        if (p + 2 + digits > end) {
            return new int[] {-1, 2};
        }
        try {
            int cp = Integer.parseInt(text.substring(p + 2, p + 2 + digits), 16);
            return new int[] {cp > 0xFFFF ? -1 : cp, 2 + digits};
        } catch (NumberFormatException ex) {
            return new int[] {-1, 2};
        }
    }
}

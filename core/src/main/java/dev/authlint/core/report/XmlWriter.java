package dev.authlint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal, deterministic XML writer: two-space indentation, {@code \n} line ends, attributes in the order given.
 * Text that XML 1.0 cannot carry (most control characters, unpaired surrogates) is replaced with U+FFFD rather
 * than producing a file that CI tools refuse to parse.
 */
final class XmlWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    /** The current element has text content, so its end tag follows the text directly. */
    private boolean textWritten;

    XmlWriter(Writer out) {
        this.out = out;
    }

    XmlWriter declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    XmlWriter start(String name) throws IOException {
        closeStartTag(true);
        indent();
        out.write('<');
        out.write(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    XmlWriter attr(String name, Object value) throws IOException {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            out.write(' ');
            out.write(name);
            out.write("=\"");
            out.write(escape(value.toString(), true));
            out.write('"');
        }
        return this;
    }

    /** Text content of the current element; it is written on its own, unindented, so it is kept verbatim. */
    XmlWriter text(String text) throws IOException {
        closeStartTag(false);
        out.write(escape(text, false));
        textWritten = true;
        return this;
    }

    XmlWriter end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>\n");
            startTagOpen = false;
        } else {
            if (!textWritten) {
                indent();
            }
            out.write("</" + name + ">\n");
        }
        textWritten = false;
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }

    private void closeStartTag(boolean newline) throws IOException {
        if (startTagOpen) {
            out.write(newline ? ">\n" : ">");
            startTagOpen = false;
        }
    }

    private void indent() throws IOException {
        out.write("  ".repeat(open.size()));
    }

    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

package dev.authlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The result of decoding a file's bytes: its text, or why it has none (binary content, invalid UTF-8).
 *
 * @param text the decoded text without a byte order mark, or null
 * @param problem null when decoded; otherwise what is wrong, e.g. "invalid UTF-8 (byte 0xC3 at line 4)"
 * @param line the 1-based line of the problem
 */
public record DecodedText(String text, String problem, int line) {

    /** How many leading bytes are inspected for NUL bytes, as git does to call a file binary. */
    private static final int BINARY_SNIFF_BYTES = 8000;

    /** Decodes UTF-8 (or UTF-16 with a byte order mark); content with NUL bytes is binary. */
    public static DecodedText decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return new DecodedText(text, null, 0);
        }
        int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                return new DecodedText(null, "binary file (contains NUL bytes)", lineAt(bytes, i));
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = decoder.decode(in);
            return new DecodedText(out.toString(), null, 0);
        } catch (MalformedInputException e) {
            int at = in.position();
            return new DecodedText(null, String.format("invalid UTF-8 (byte 0x%02X at line %d)",
                    bytes[Math.min(at, bytes.length - 1)] & 0xFF, lineAt(bytes, at)), lineAt(bytes, at));
        } catch (CharacterCodingException e) {
            int at = in.position();
            return new DecodedText(null, "invalid UTF-8 at line " + lineAt(bytes, at), lineAt(bytes, at));
        }
    }

    public boolean ok() {
        return text != null;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

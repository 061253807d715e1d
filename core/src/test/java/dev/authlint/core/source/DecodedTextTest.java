package dev.authlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        assertEquals("a: é\n", DecodedText.decode("a: é\n".getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1'};
        assertEquals("a: 1", DecodedText.decode(bom).text());
    }

    @Test
    void utf16WithByteOrderMark() {
        byte[] utf16 = "\uFEFFkind: Role\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("kind: Role\n", DecodedText.decode(utf16).text().replace("\uFEFF", ""));
    }

    @Test
    void invalidUtf8NamesByteAndLine() {
        DecodedText d = DecodedText.decode("a: 1\nb: 2\nc: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertNull(d.text());
        assertEquals(3, d.line());
        assertTrue(d.problem().contains("0xE9"), d.problem());
    }

    @Test
    void nulBytesMeanBinary() {
        DecodedText d = DecodedText.decode(new byte[] {'a', '\n', 0, 1});
        assertTrue(d.problem().startsWith("binary"), d.problem());
        assertEquals(2, d.line());
    }
}

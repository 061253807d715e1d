package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    private final SourceLines lines = SourceLines.of(Map.of("a.yaml", "one\r\ntwo\rthree\nfour", "empty.yaml", ""));

    @Test
    void splitsOnEveryLineTerminator() {
        assertEquals(Optional.of("one"), lines.line("a.yaml", 1));
        assertEquals(Optional.of("two"), lines.line("a.yaml", 2));
        assertEquals(Optional.of("three"), lines.line("a.yaml", 3));
        assertEquals(Optional.of("four"), lines.line("a.yaml", 4));
    }

    @Test
    void outOfRangeAndUnknownFilesAreEmpty() {
        assertEquals(Optional.empty(), lines.line("a.yaml", 0));
        assertEquals(Optional.empty(), lines.line("a.yaml", 5));
        assertEquals(Optional.empty(), lines.line("other.yaml", 1));
        assertEquals(Optional.of(""), lines.line("empty.yaml", 1));
        assertEquals(Optional.empty(), SourceLines.NONE.line("a.yaml", 1));
    }
}

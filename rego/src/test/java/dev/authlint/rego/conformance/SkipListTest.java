package dev.authlint.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkipListTest {

    private static SkipList parse(String text) throws IOException {
        return SkipList.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ConformanceCase> demoCases(String displayName) {
        return CaseLoader.load(CaseLoaderTest.resource("opa/demo/cases.yaml"), displayName).cases();
    }

    @Test
    void matchesByFileSuffixAndExactNote() throws IOException {
        SkipList list = parse("""
                # comment
                opa/demo/cases.yaml :: demo/rows :: needs something
                """);
        List<ConformanceCase> cases = demoCases("conformance/opa/demo/cases.yaml");
        assertEquals("needs something", list.find(cases.get(0)).orElseThrow().reason());
        assertTrue(list.find(cases.get(1)).isEmpty());
    }

    @Test
    void suffixMatchesOnlyOnFolderBoundaries() throws IOException {
        SkipList list = parse("a/demo/cases.yaml :: demo/rows :: x\n");
        assertTrue(list.find(demoCases("xopa/demo/cases.yaml").get(0)).isEmpty());
    }

    @Test
    void repeatedNotesAreSkippedOneByOne() throws IOException {
        SkipList list = parse("opa/demo/cases.yaml :: demo/dup #2 :: second only\n");
        List<ConformanceCase> cases = demoCases("opa/demo/cases.yaml");
        assertTrue(list.find(cases.get(2)).isEmpty());
        assertEquals(1, list.find(cases.get(3)).orElseThrow().line());
    }

    @Test
    void rejectsALineWithoutReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("\nopa/demo/cases.yaml :: demo/rows\n"));
        assertTrue(e.getMessage().startsWith("skip list line 2:"), e.getMessage());
    }

    @Test
    void bundledListParses() {
        for (SkipList.Entry e : SkipList.bundled().entries()) {
            assertTrue(!e.reason().isBlank() && !e.file().isBlank(), e.toString());
        }
    }
}

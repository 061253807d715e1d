package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterRegistryTest {

    private final ReporterRegistry registry = ReporterRegistry.standard();

    @Test
    void standardRegistryHasEveryShippedFormat() {
        assertEquals(List.of("text", "json", "sarif", "junit", "github"), registry.formats());
        for (String f : registry.formats()) {
            assertEquals(f, registry.get(f).format());
        }
    }

    @Test
    void findsFormatsCaseInsensitively() {
        assertEquals("text", registry.get("TEXT").format());
        assertEquals("json", registry.get(" json ").format());
        assertTrue(registry.find("xml").isEmpty());
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("html"));
        assertTrue(e.getMessage().contains("'html'"), e.getMessage());
        for (String f : registry.formats()) {
            assertTrue(e.getMessage().contains(f), e.getMessage());
        }
    }

    @Test
    void parsesFormatAloneAsStandardOutput() {
        ReportOutput o = registry.parseOutput("json");
        assertEquals("json", o.reporter().format());
        assertNull(o.file());
        assertTrue(o.toStdout());
    }

    @Test
    void parsesFormatWithFile() {
        ReportOutput o = registry.parseOutput("json=out/reports/a=b.json");
        assertEquals("json", o.reporter().format());
        assertEquals(Path.of("out/reports/a=b.json"), o.file());
        assertEquals("json=out/reports/a=b.json", o.toString());
    }

    @Test
    void rejectsBadSpecs() {
        assertThrows(IllegalArgumentException.class, () -> registry.parseOutput(""));
        assertThrows(IllegalArgumentException.class, () -> registry.parseOutput("json="));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.parseOutput("yaml=x.yaml"));
        assertTrue(e.getMessage().contains("unknown report format 'yaml'"), e.getMessage());
    }

    @Test
    void rejectsDuplicateFormats() {
        assertThrows(IllegalArgumentException.class,
                () -> ReporterRegistry.of(List.of(new TextReporter(), new TextReporter())));
    }
}

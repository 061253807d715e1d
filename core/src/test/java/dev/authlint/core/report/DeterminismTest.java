package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format: the same report gives the same bytes when timestamps are off, and no time leaks in. */
class DeterminismTest {

    static Stream<Reporter> reporters() {
        return ReporterRegistry.standard().formats().stream().map(ReporterRegistry.standard()::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reporters")
    void sameReportSameBytes(Reporter reporter) {
        ReportContext ctx = ReportContext.plain().withSourceLines(SourceLines.of(SampleReports.SOURCES));
        String first = SampleReports.render(reporter, SampleReports.full(), ctx);
        String second = SampleReports.render(reporter, SampleReports.full(), ctx);
        assertEquals(first, second);
        assertFalse(first.contains("2026-01-02"), "timestamps are off but the start time was written");
        assertFalse(first.contains("\r"), "line endings are \\n on every platform");
    }
}

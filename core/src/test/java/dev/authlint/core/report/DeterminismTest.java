package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract tests for every registered format: the same report gives the same bytes when timestamps are off, no
 * time leaks in, and the caller's stream stays open (the CLI writes several reports to standard output).
 */
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("reporters")
    void leavesTheStreamOpen(Reporter reporter) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream guarded = new FilterOutputStream(sink) {
            @Override
            public void close() {
                throw new AssertionError(reporter.format() + " closed the caller's stream");
            }
        };
        reporter.write(SampleReports.full(), ReportContext.plain(), guarded);
        assertFalse(sink.toString(StandardCharsets.UTF_8).isEmpty());
    }
}

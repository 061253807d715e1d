package dev.authlint.core.report;

import dev.authlint.core.finding.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One requested report: a format and where it goes.
 *
 * @param reporter the format's writer
 * @param file the destination file (written atomically, parent directories created), or null for standard output
 */
public record ReportOutput(Reporter reporter, Path file) {

    public ReportOutput {
        Objects.requireNonNull(reporter, "reporter");
    }

    public boolean toStdout() {
        return file == null;
    }

    /**
     * Writes {@code report} to the file, or to {@code stdout} (flushed, not closed) when no file was given.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public void write(Report report, ReportContext ctx, OutputStream stdout) throws IOException {
        if (file == null) {
            reporter.write(report, ctx, stdout);
            stdout.flush();
        } else {
            AtomicFileWriter.write(file, out -> reporter.write(report, ctx, out));
        }
    }

    @Override
    public String toString() {
        return file == null ? reporter.format() : reporter.format() + "=" + file;
    }
}

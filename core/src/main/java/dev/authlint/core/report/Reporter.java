package dev.authlint.core.report;

import dev.authlint.core.finding.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one {@link Report} in one output format.
 *
 * <p>Implementations are stateless and thread-safe. They write UTF-8 with {@code \n} line endings, never close
 * {@code out}, and produce byte-identical output for the same report and context when timestamps are off.
 */
public interface Reporter {

    /** The format's name as users type it after {@code -f}, e.g. {@code sarif}. */
    String format();

    /** The usual file name extension for this format, without the dot (e.g. {@code sarif}, {@code xml}). */
    String fileExtension();

    /**
     * Writes {@code report} to {@code out}.
     *
     * @throws IOException only when {@code out} fails; bad report content never throws
     */
    void write(Report report, ReportContext ctx, OutputStream out) throws IOException;
}

package dev.authlint.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reporter needs beyond the {@link dev.authlint.core.finding.Report} itself: decided by the caller (CLI,
 * Maven plugin), not by the reporter.
 *
 * @param sourceLines source line lookup for snippets under findings
 * @param color whether ANSI colour may be used (the CLI decides from TTY, {@code --no-color}, {@code NO_COLOR})
 * @param scanRoot the absolute scan root, written as SARIF's {@code %SRCROOT%}; null to leave it unresolved
 *                 (the usual choice in CI, where absolute runner paths mean nothing to the reader)
 * @param timestamps whether run start/end times are written; off gives byte-identical output for equal reports
 */
public record ReportContext(SourceLines sourceLines, boolean color, Path scanRoot, boolean timestamps) {

    public ReportContext {
        Objects.requireNonNull(sourceLines, "sourceLines");
        scanRoot = scanRoot == null ? null : scanRoot.toAbsolutePath().normalize();
    }

    /** No snippets, no colour, no scan root, no timestamps: fully deterministic output. */
    public static ReportContext plain() {
        return new ReportContext(SourceLines.NONE, false, null, false);
    }

    public ReportContext withSourceLines(SourceLines lines) {
        return new ReportContext(lines, color, scanRoot, timestamps);
    }

    public ReportContext withColor(boolean on) {
        return new ReportContext(sourceLines, on, scanRoot, timestamps);
    }

    public ReportContext withScanRoot(Path root) {
        return new ReportContext(sourceLines, color, root, timestamps);
    }

    public ReportContext withTimestamps(boolean on) {
        return new ReportContext(sourceLines, color, scanRoot, on);
    }
}

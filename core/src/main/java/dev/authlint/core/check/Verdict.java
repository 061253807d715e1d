package dev.authlint.core.check;

/** The outcome of a check run, which the CLI and the Maven plugin map to exit codes / build results. */
public enum Verdict {
    /** No unsuppressed finding at or above the threshold (exit code 0). */
    PASSED,
    /** At least one unsuppressed finding at or above the threshold (exit code 1). */
    FAILED,
    /**
     * A policy failed to evaluate: the report is incomplete and cannot be trusted to be clean (exit code 2,
     * like other policy errors).
     */
    ERROR
}

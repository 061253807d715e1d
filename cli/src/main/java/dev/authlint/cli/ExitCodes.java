package dev.authlint.cli;

/** The exit codes every authlint command uses; the Maven plugin maps them to build results. */
public final class ExitCodes {
    /** No finding at or above the threshold; tests passed. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}, or failing policy tests. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or policy-compile error: nothing trustworthy was checked. */
    public static final int USAGE = 2;
    /** A bug in authlint itself. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

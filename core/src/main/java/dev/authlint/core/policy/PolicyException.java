package dev.authlint.core.policy;

/**
 * A policy that cannot be loaded or compiled: the run checks nothing trustworthy, so the CLI exits with 2.
 * The message starts with {@code file:line}.
 */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    /** A message that already names its file and line (e.g. the engine's own error list). */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.authlint.core.source;

/**
 * Why parsing stopped.
 *
 * @param kind a syntax error or a safety limit
 * @param message what the parser found and what it expected, without position (that is in {@code span})
 * @param span where the parser stopped
 */
public record ParseProblem(Kind kind, String message, Span span) {

    /** What went wrong. */
    public enum Kind { SYNTAX, LIMIT }
}

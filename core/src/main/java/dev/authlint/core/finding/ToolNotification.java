package dev.authlint.core.finding;

/**
 * Something about the run itself rather than the scanned files (a policy that failed to evaluate, a skipped
 * Helm template), reported in SARIF as a tool execution notification.
 *
 * @param level {@code error}, {@code warning} or {@code note}
 * @param message what happened
 * @param location where, or null
 */
public record ToolNotification(String level, String message, SourceLocation location) {
}

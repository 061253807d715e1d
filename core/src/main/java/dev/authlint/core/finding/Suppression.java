package dev.authlint.core.finding;

/**
 * Why a finding is not counted against the gate.
 *
 * @param kind {@code IN_SOURCE} for an {@code # authlint:ignore} comment, {@code EXTERNAL} for a baseline entry
 * @param justification the reason given after {@code --} (may be empty)
 * @param location where the suppression is written (null for a baseline)
 */
public record Suppression(Kind kind, String justification, SourceLocation location) {
    public enum Kind { IN_SOURCE, EXTERNAL }
}

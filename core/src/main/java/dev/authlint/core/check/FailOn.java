package dev.authlint.core.check;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import java.util.Locale;

/**
 * The gate threshold: a run fails when an unsuppressed finding is at or above {@link #severity()}.
 *
 * @param severity the threshold, or null for {@code never} (report only, never fail on findings)
 */
public record FailOn(Severity severity) {

    /** The default gate: {@code high}. */
    public static final FailOn DEFAULT = new FailOn(Severity.HIGH);
    /** Never fail on findings. */
    public static final FailOn NEVER = new FailOn(null);

    /**
     * Parses {@code critical|high|medium|low|info|never} (any case).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static FailOn parse(String text) {
        if (text != null && "never".equals(text.trim().toLowerCase(Locale.ROOT))) {
            return NEVER;
        }
        try {
            return new FailOn(Severity.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --fail-on value '" + text
                    + "' (expected one of critical, high, medium, low, info, never)", e);
        }
    }

    /** Whether this finding fails the gate. */
    public boolean fails(Finding f) {
        return severity != null && !f.suppressed() && f.severity().isAtLeast(severity);
    }

    @Override
    public String toString() {
        return severity == null ? "never" : severity.id();
    }
}

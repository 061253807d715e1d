package dev.authlint.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in one place.
 *
 * @param ruleId the rule that found it, e.g. {@code AA002}
 * @param severity effective severity (after config overrides and per-finding escalation)
 * @param message what is wrong, where, and how to fix it
 * @param location the offending value
 * @param related further locations (chain links), possibly empty
 * @param fingerprint a stable identity that survives unrelated line shifts (used by SARIF and baselines)
 * @param suppression non-null when the finding is suppressed
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location,
                      List<RelatedLocation> related, String fingerprint, Suppression suppression) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = related == null ? List.of() : List.copyOf(related);
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /** A finding without related locations, fingerprint or suppression (filled in later by the runner). */
    public static Finding of(String ruleId, Severity severity, String message, SourceLocation location) {
        return new Finding(ruleId, severity, message, location, List.of(), "", null);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, severity, message, location, related, fingerprint, s);
    }

    public Finding withFingerprint(String fp) {
        return new Finding(ruleId, severity, message, location, related, fp, suppression);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, location, related, fingerprint, suppression);
    }
}

package dev.authlint.core.finding;

import java.util.Locale;

/** How bad a finding is; ordered from most to least severe. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The lower-case name used in config files, policies and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is the same as or worse than {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses {@code critical|high|medium|low|info} (any case).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.id().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text
                + "' (expected one of critical, high, medium, low, info)");
    }
}

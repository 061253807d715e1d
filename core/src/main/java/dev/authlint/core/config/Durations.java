package dev.authlint.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations users write for {@code --timeout}, {@code timeout:} in {@code .authlint.yaml} and the
 * Maven plugin's {@code timeout}: a whole number with a unit, {@code ms}, {@code s}, {@code m} or {@code h}
 * (e.g. {@code 500ms}, {@code 10s}, {@code 2m}). A bare number is refused because {@code 10} could mean
 * seconds or milliseconds.
 */
public final class Durations {

    /** What the error messages ask for. */
    public static final String EXPECTED = "a positive duration with a unit: ms, s, m or h (e.g. 500ms, 10s, 2m)";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the bad text and {@link #EXPECTED}
     */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
        }
        long amount = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
        }
        return d;
    }
}

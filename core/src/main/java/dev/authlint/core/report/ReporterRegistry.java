package dev.authlint.core.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The output formats by name. {@link #standard()} has every format authlint ships. */
public final class ReporterRegistry {

    private final Map<String, Reporter> byName;

    private ReporterRegistry(List<Reporter> reporters) {
        Map<String, Reporter> map = new LinkedHashMap<>();
        for (Reporter r : reporters) {
            if (map.putIfAbsent(r.format(), r) != null) {
                throw new IllegalArgumentException("duplicate report format '" + r.format() + "'");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** A registry of exactly these reporters, in this order. */
    public static ReporterRegistry of(List<Reporter> reporters) {
        return new ReporterRegistry(reporters);
    }

    /** text, json, sarif, junit and github. */
    public static ReporterRegistry standard() {
        return STANDARD;
    }

    private static final ReporterRegistry STANDARD = new ReporterRegistry(List.of(
            new TextReporter(), new JsonReporter(), new SarifReporter(),
            new JunitReporter(), new GithubReporter()));

    /** Format names in registration order, e.g. for {@code --help} and error messages. */
    public List<String> formats() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<Reporter> find(String format) {
        return Optional.ofNullable(format == null ? null : byName.get(format.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * The reporter for {@code format} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known formats
     */
    public Reporter get(String format) {
        return find(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format '" + format + "' (expected one of " + String.join(", ", formats()) + ")"));
    }

    /**
     * Parses an output spec as the CLI's {@code -f} takes it: {@code FORMAT} (standard output) or
     * {@code FORMAT=FILE}.
     *
     * @throws IllegalArgumentException for an unknown format or an empty file name
     */
    public ReportOutput parseOutput(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty report format (expected FORMAT or FORMAT=FILE)");
        }
        int eq = spec.indexOf('=');
        if (eq < 0) {
            return new ReportOutput(get(spec), null);
        }
        String file = spec.substring(eq + 1).trim();
        if (file.isEmpty()) {
            throw new IllegalArgumentException("missing file name after '" + spec.substring(0, eq + 1)
                    + "' (expected FORMAT=FILE)");
        }
        try {
            return new ReportOutput(get(spec.substring(0, eq)), Path.of(file));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid report file name '" + file + "': " + e.getReason(), e);
        }
    }
}

package dev.authlint.core.config;

import dev.authlint.core.finding.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of one {@code .authlint.yaml}. Paths are already resolved against the config file's folder.
 * Command-line options take precedence over every value here.
 *
 * @param source the config file, or null for the built-in defaults
 * @param failOn the gate threshold, or null when not set ({@code never} is represented by {@link #failNever})
 * @param failNever true for {@code failOn: never}
 * @param include glob patterns of files to scan (empty: the scanner's defaults)
 * @param exclude glob patterns of files to skip
 * @param policies folders (or files) of custom Rego policies
 * @param data JSON/YAML data documents merged into {@code data}
 * @param rules per-rule on/off and severity overrides, by rule id, in file order
 * @param params rule parameters exposed to policies as {@code data.authlint.params}
 * @param paramLines the line of each parameter key, for validation errors
 * @param timeout the limit for one policy evaluation, or null when not set
 */
public record AuthlintConfig(Path source, Severity failOn, boolean failNever, List<String> include,
                             List<String> exclude, List<Path> policies, List<Path> data,
                             Map<String, RuleSetting> rules, Map<String, Object> params,
                             Map<String, Integer> paramLines, Duration timeout) {

    /** No config file: every rule at its default, no extra policies. */
    public static final AuthlintConfig DEFAULTS = new AuthlintConfig(null, null, false, List.of(), List.of(),
            List.of(), List.of(), Map.of(), Map.of(), Map.of(), null);

    public AuthlintConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        policies = List.copyOf(policies);
        data = List.copyOf(data);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        paramLines = Map.copyOf(paramLines);
    }

    /** The config file name as shown in messages. */
    public String displayName() {
        return source == null ? "<defaults>" : source.toString();
    }
}

package dev.authlint.core.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a check run can be told from outside (CLI flags, Maven plugin parameters). Values left unset fall
 * back to {@code .authlint.yaml}, then to authlint's defaults. Create with {@link #builder()}.
 *
 * @param paths files or folders to scan, or {@code -} for standard input
 * @param stdinName the file name reported for standard input
 * @param include glob patterns of files to read in folders, added to the config's; together they replace the
 *     scanner's default {@code **}{@code /*.yaml}, {@code *.yml}, {@code *.json}
 * @param exclude extra glob patterns of files to skip (added to the config's)
 * @param maxFileBytes the per-file size cap, or null for the scanner's default
 * @param policies custom policy folders or files (added to the config's)
 * @param data data documents, JSON or YAML (added to the config's)
 * @param namespaces conftest-style packages to evaluate (empty: {@code main})
 * @param allNamespaces evaluate every conftest-style package
 * @param regoV0 parse custom policies with Rego v0 syntax
 * @param config the config file, or null to look for {@code .authlint.yaml} from the first path upwards
 * @param failOn the gate threshold, or null for the config's (default {@code high})
 * @param baseline a baseline file whose findings are not reported as new, or null
 * @param builtinRules false to run custom policies only
 * @param disabledRules rule ids switched off in addition to the config's
 * @param timestamps false for byte-identical reports (no start/end times)
 * @param evalTimeout the limit for one policy evaluation on one input, or null for the config's (default
 *     {@link #DEFAULT_EVAL_TIMEOUT})
 * @param toolVersion authlint's version, written into reports
 */
public record CheckOptions(List<String> paths, String stdinName, List<String> include, List<String> exclude,
                           Long maxFileBytes, List<Path> policies, List<Path> data, List<String> namespaces,
                           boolean allNamespaces, boolean regoV0, Path config, FailOn failOn, Path baseline,
                           boolean builtinRules, List<String> disabledRules, boolean timestamps,
                           Duration evalTimeout, String toolVersion) {

    /** The evaluation limit when neither the options nor the config set one. */
    public static final Duration DEFAULT_EVAL_TIMEOUT = Duration.ofSeconds(10);

    public CheckOptions {
        paths = paths == null || paths.isEmpty() ? List.of(".") : List.copyOf(paths);
        stdinName = stdinName == null || stdinName.isBlank() ? "stdin" : stdinName;
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        policies = List.copyOf(policies);
        data = List.copyOf(data);
        namespaces = List.copyOf(namespaces);
        disabledRules = List.copyOf(disabledRules);
        if (evalTimeout != null && (evalTimeout.isNegative() || evalTimeout.isZero())) {
            throw new IllegalArgumentException("evalTimeout must be positive, not " + evalTimeout);
        }
        toolVersion = toolVersion == null ? "unknown" : toolVersion;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CheckOptions}; every setter is optional. */
    public static final class Builder {
        private final List<String> paths = new ArrayList<>();
        private String stdinName;
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private Long maxFileBytes;
        private final List<Path> policies = new ArrayList<>();
        private final List<Path> data = new ArrayList<>();
        private final List<String> namespaces = new ArrayList<>();
        private boolean allNamespaces;
        private boolean regoV0;
        private Path config;
        private FailOn failOn;
        private Path baseline;
        private boolean builtinRules = true;
        private final List<String> disabledRules = new ArrayList<>();
        private boolean timestamps = true;
        private Duration evalTimeout;
        private String toolVersion;

        private Builder() {
        }

        public Builder paths(List<String> v) {
            paths.addAll(v);
            return this;
        }

        public Builder stdinName(String v) {
            stdinName = v;
            return this;
        }

        public Builder include(List<String> v) {
            include.addAll(v);
            return this;
        }

        public Builder exclude(List<String> v) {
            exclude.addAll(v);
            return this;
        }

        public Builder maxFileBytes(Long v) {
            maxFileBytes = v;
            return this;
        }

        public Builder policies(List<Path> v) {
            policies.addAll(v);
            return this;
        }

        public Builder data(List<Path> v) {
            data.addAll(v);
            return this;
        }

        public Builder namespaces(List<String> v) {
            namespaces.addAll(v);
            return this;
        }

        public Builder allNamespaces(boolean v) {
            allNamespaces = v;
            return this;
        }

        public Builder regoV0(boolean v) {
            regoV0 = v;
            return this;
        }

        public Builder config(Path v) {
            config = v;
            return this;
        }

        public Builder failOn(FailOn v) {
            failOn = v;
            return this;
        }

        public Builder baseline(Path v) {
            baseline = v;
            return this;
        }

        public Builder builtinRules(boolean v) {
            builtinRules = v;
            return this;
        }

        public Builder disabledRules(List<String> v) {
            disabledRules.addAll(v);
            return this;
        }

        public Builder timestamps(boolean v) {
            timestamps = v;
            return this;
        }

        public Builder evalTimeout(Duration v) {
            evalTimeout = v;
            return this;
        }

        public Builder toolVersion(String v) {
            toolVersion = v;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(paths, stdinName, include, exclude, maxFileBytes, policies, data, namespaces,
                    allNamespaces, regoV0, config, failOn, baseline, builtinRules, disabledRules, timestamps,
                    evalTimeout, toolVersion);
        }
    }
}

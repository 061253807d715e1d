package dev.authlint.core.check;

import dev.authlint.core.baseline.Baseline;
import dev.authlint.core.baseline.BaselineFile;
import dev.authlint.core.baseline.Fingerprints;
import dev.authlint.core.config.AuthlintConfig;
import dev.authlint.core.config.ConfigException;
import dev.authlint.core.config.ConfigLoader;
import dev.authlint.core.config.RuleSetting;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.policy.PolicyEvaluator;
import dev.authlint.core.policy.PolicyException;
import dev.authlint.core.policy.PolicyRule;
import dev.authlint.core.policy.PolicyRunResult;
import dev.authlint.core.policy.PolicyRunner;
import dev.authlint.core.policy.PolicySet;
import dev.authlint.core.suppress.SuppressionApplier;
import dev.authlint.core.suppress.SuppressionDirective;
import dev.authlint.core.suppress.SuppressionParser;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code authlint check} pipeline, shared by the CLI and the Maven plugin: config, policies, scan,
 * evaluation, suppressions, baseline, gate.
 *
 * <p>Errors that make the whole run meaningless are thrown: {@link ConfigException} (bad config, data or
 * baseline file, unknown rule id) and {@link PolicyException} (policy that does not load or compile); callers
 * map both to exit code 2. Everything else, including a policy failing on one document, ends up in the report.
 */
public final class Checker {

    /** Findings in their reported order: file, line, column, rule id, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final InputScanner scanner;
    private final PolicyCompiler compiler;

    /** A checker using authlint's scanner and Rego engine. */
    public Checker() {
        this(new ScannerInputScanner(), new RegoPolicyCompiler());
    }

    /** A checker with other scanner or engine implementations (tests). */
    public Checker(InputScanner scanner, PolicyCompiler compiler) {
        this.scanner = scanner;
        this.compiler = compiler;
    }

    /** Loads the config that applies to {@code options}: the named file, or the nearest {@code .authlint.yaml}. */
    public static AuthlintConfig config(CheckOptions options) {
        if (options.config() != null) {
            return ConfigLoader.load(options.config());
        }
        String first = options.paths().get(0);
        Path start = "-".equals(first) ? Path.of("") : Path.of(first);
        return ConfigLoader.find(start).map(ConfigLoader::load).orElse(AuthlintConfig.DEFAULTS);
    }

    /**
     * Loads the policies {@code options} and {@code config} ask for.
     *
     * @throws PolicyException for unreadable policies or clashing rule ids
     */
    public static PolicySet policies(CheckOptions options, AuthlintConfig config) {
        List<Path> custom = new ArrayList<>(config.policies());
        custom.addAll(options.policies());
        return PolicySet.load(options.builtinRules(), custom, options.namespaces(), options.allNamespaces(),
                options.regoV0());
    }

    /** Runs a check. */
    public CheckResult check(CheckOptions options, InputStream stdin) {
        Instant start = Instant.now();
        // Everything the user configured is read and validated before any file is scanned, so that a typo
        // fails in milliseconds rather than after a long evaluation.
        AuthlintConfig config = config(options);
        PolicySet policies = policies(options, config);
        RuleSettings settings = RuleSettings.resolve(config, options.disabledRules(), policies.allRuleInfos());
        validateParams(config, policies.rules());
        Baseline baseline = options.baseline() == null ? null : BaselineFile.read(options.baseline());
        PolicyEvaluator evaluator = compile(options, config, policies);

        ScannedInput input = scanner.scan(options.paths(), stdin, scanSettings(options, config));
        List<PolicyRule> enabled = policies.rules().stream().filter(r -> settings.enabled(r.id())).toList();
        PolicyRunResult run = new PolicyRunner(evaluator, enabled).run(input.documents());
        List<Finding> findings = settle(input, run, settings);
        if (baseline != null) {
            findings = baseline.apply(findings, options.baseline().getFileName().toString());
        }
        findings = new ArrayList<>(findings);
        findings.sort(ORDER);

        List<ToolNotification> notes = new ArrayList<>(input.notifications());
        notes.addAll(run.notifications());
        boolean successful = run.notifications().stream().noneMatch(n -> "error".equals(n.level()));
        FailOn failOn = options.failOn() != null ? options.failOn()
                : config.failNever() ? FailOn.NEVER
                : config.failOn() != null ? new FailOn(config.failOn()) : FailOn.DEFAULT;
        Report report = new Report(options.toolVersion(), settings.enabledRules(), findings,
                input.checkedFiles().size(), input.documents().size(), notes, successful,
                options.timestamps() ? start : null, options.timestamps() ? Instant.now() : null,
                input.checkedFiles());
        Verdict verdict = !successful ? Verdict.ERROR
                : findings.stream().anyMatch(failOn::fails) ? Verdict.FAILED : Verdict.PASSED;
        return new CheckResult(report, failOn, verdict, input.texts());
    }

    /** Compiles the policies with their data: the data files, then {@code data.authlint.params}. */
    private PolicyEvaluator compile(CheckOptions options, AuthlintConfig config, PolicySet policies) {
        List<Path> dataFiles = new ArrayList<>(config.data());
        dataFiles.addAll(options.data());
        Map<String, Object> data = DataFiles.load(dataFiles);
        Map<String, Object> params = PolicyRunner.params(policies.rules(), config.params());
        DataFiles.merge(data, Map.of("authlint", Map.of("params", params)), "", "authlint params",
                new HashMap<>());
        Duration timeout = options.evalTimeout() != null ? options.evalTimeout()
                : config.timeout() != null ? config.timeout() : CheckOptions.DEFAULT_EVAL_TIMEOUT;
        return compiler.compile(policies.modules(), data, options.regoV0(), timeout);
    }

    private static InputScanner.ScanSettings scanSettings(CheckOptions options, AuthlintConfig config) {
        List<String> include = new ArrayList<>(config.include());
        include.addAll(options.include());
        List<String> exclude = new ArrayList<>(config.exclude());
        exclude.addAll(options.exclude());
        // authlint's own files are YAML/JSON too, but never manifests to check.
        exclude.add(ConfigLoader.FILE_NAME);
        if (options.baseline() != null) {
            exclude.add(options.baseline().getFileName().toString());
        }
        return new InputScanner.ScanSettings(include, exclude, options.maxFileBytes(), options.stdinName());
    }

    /**
     * Input and policy findings with rule switches, suppression comments ({@code AL001}/{@code AL002} added),
     * severity overrides and fingerprints applied.
     */
    private static List<Finding> settle(ScannedInput input, PolicyRunResult run, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>(input.findings());
        findings.addAll(run.findings());
        findings.removeIf(f -> !settings.enabled(f.ruleId()));

        List<SuppressionDirective> directives = new ArrayList<>();
        input.texts().forEach((file, text) -> directives.addAll(SuppressionParser.parse(file, lines(text))));
        findings = new ArrayList<>(SuppressionApplier.apply(findings, directives, settings::disabled));
        findings.removeIf(f -> !settings.enabled(f.ruleId())); // AL001/AL002 may be switched off too
        findings.replaceAll(settings::withOverride);

        Map<String, List<String>> lineCache = new HashMap<>();
        return Fingerprints.assign(findings, file -> lineCache.computeIfAbsent(file,
                f -> input.texts().containsKey(f) ? lines(input.texts().get(f)) : List.of()));
    }

    /**
     * Rejects config parameters no rule declares, and values whose type differs from the declared default,
     * once at least one rule declares its parameters (custom rules may read undeclared ones otherwise).
     */
    private static void validateParams(AuthlintConfig config, List<PolicyRule> rules) {
        Map<String, Object> declared = new LinkedHashMap<>();
        rules.forEach(r -> r.paramDefaults().forEach(declared::putIfAbsent));
        if (declared.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Object> p : config.params().entrySet()) {
            int line = config.paramLines().getOrDefault(p.getKey(), 0);
            if (!declared.containsKey(p.getKey())) {
                throw new ConfigException(config.displayName(), line, "unknown parameter 'params." + p.getKey()
                        + "' (rules declare: " + String.join(", ", new java.util.TreeSet<>(declared.keySet()))
                        + ")");
            }
            String want = typeName(declared.get(p.getKey()));
            String got = typeName(p.getValue());
            if (want != null && got != null && !want.equals(got)) {
                throw new ConfigException(config.displayName(), line, "parameter 'params." + p.getKey()
                        + "' must be " + want + ", not " + got);
            }
        }
    }

    private static String typeName(Object o) {
        if (o instanceof List<?>) {
            return "a list";
        }
        if (o instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (o instanceof String) {
            return "a string";
        }
        if (o instanceof Boolean) {
            return "true or false";
        }
        if (o instanceof Number) {
            return "a number";
        }
        return null;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /** Which rules run and at what severity, from the config and {@code --disable}. */
    record RuleSettings(Map<String, RuleInfo> known, Set<String> off, Map<String, Severity> severities) {

        static RuleSettings resolve(AuthlintConfig config, List<String> disabled, List<RuleInfo> rules) {
            Map<String, RuleInfo> known = new LinkedHashMap<>();
            rules.forEach(r -> known.put(r.id(), r));
            Set<String> off = new HashSet<>();
            Map<String, Severity> severities = new HashMap<>();
            for (RuleSetting s : config.rules().values()) {
                if (!known.containsKey(s.ruleId())) {
                    throw new ConfigException(config.displayName(), s.line(), "unknown rule '" + s.ruleId()
                            + "' in 'rules' (see 'authlint rules' for the list)");
                }
                if (!s.enabled()) {
                    off.add(s.ruleId());
                }
                if (s.severity() != null) {
                    severities.put(s.ruleId(), s.severity());
                }
            }
            for (String id : disabled) {
                if (!known.containsKey(id)) {
                    throw new ConfigException("--disable", 0, "unknown rule '" + id
                            + "' (see 'authlint rules' for the list)");
                }
                off.add(id);
            }
            return new RuleSettings(known, off, severities);
        }

        boolean enabled(String id) {
            return !off.contains(id);
        }

        boolean disabled(String id) {
            return off.contains(id);
        }

        Finding withOverride(Finding f) {
            Severity s = severities.get(f.ruleId());
            return s == null ? f : f.withSeverity(s);
        }

        List<RuleInfo> enabledRules() {
            List<RuleInfo> out = new ArrayList<>();
            for (RuleInfo r : known.values()) {
                if (enabled(r.id())) {
                    Severity s = severities.get(r.id());
                    out.add(s == null ? r : new RuleInfo(r.id(), r.name(), r.title(), r.description(), s,
                            r.input(), r.remediation(), r.references(), r.related(), r.helpUri(), r.source()));
                }
            }
            return out;
        }
    }
}

package dev.authlint.cli;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.check.CheckResult;
import dev.authlint.core.check.Checker;
import dev.authlint.core.check.FailOn;
import dev.authlint.core.check.Verdict;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.report.ReportContext;
import dev.authlint.core.report.ReportOutput;
import dev.authlint.core.report.ReporterRegistry;
import dev.authlint.core.report.SourceLines;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code authlint check}: the CI gate. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Check EKS access configuration against the bundled and custom policies.",
        description = {
            "",
            "Scans PATHs for aws-auth ConfigMaps, eksctl ClusterConfig files, Kubernetes RBAC and IAM policies "
                + "(YAML, JSON, CloudFormation, Terraform JSON), evaluates every enabled rule, and reports the "
                + "findings. The exit code tells CI whether any unsuppressed finding is at or above --fail-on.",
            "",
            "Settings come from the command line, then the configuration file, then the defaults.",
            ""},
        footerHeading = "%nConfiguration:%n",
        footer = {
            "  .authlint.yaml in the first PATH or a folder above it, or --config FILE",
            "  (keys: failOn, include, exclude, policies, data, rules, params, timeout;",
            "  see README).",
            "",
            "Suppressing findings:",
            "  On the offending line, or on its own line just above it:",
            "    # authlint:ignore RULE-ID[,RULE-ID] -- reason",
            "  Anywhere in a file, for the whole file:",
            "    # authlint:ignore-file RULE-ID -- reason",
            "  Accept all current findings: authlint baseline -o FILE, then --baseline FILE.",
            "",
            "Examples:",
            "  authlint check",
            "  authlint check clusters/ iam/ --fail-on medium",
            "  authlint check -f sarif=build/authlint.sarif -f text",
            "  helm template chart | authlint check - --stdin-filename rendered.yaml",
            "  authlint check --policy policy/ --no-builtin-rules",
            "  authlint check --baseline .authlint-baseline.json",
            "",
            "Exit codes:",
            "  0  no unsuppressed finding at or above --fail-on",
            "  1  findings at or above --fail-on",
            "  2  usage, configuration or policy error (the message names the file",
            "     and line), or a policy failed while evaluating",
            "  3  internal error (rerun with --debug and report it)"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptionsMixin scan = new ScanOptionsMixin();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when an unsuppressed finding is at or above SEVERITY: critical, high, medium, "
                    + "low, info or never (default: the config's failOn, else high).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (see 'authlint baseline').")
    Path baseline;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
            description = "Report format: text, json, sarif, junit or github; '=FILE' writes to FILE (parent "
                    + "folders created, written atomically) instead of standard output. Repeatable. Default: "
                    + "text, or github when GITHUB_ACTIONS=true.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set or output is not a "
            + "terminal).")
    boolean noColor;

    @Option(names = "--no-timestamps", description = "Leave run times out of reports, so the same input gives "
            + "byte-identical reports.")
    boolean noTimestamps;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard output unless a format is given "
            + "explicitly; errors still go to standard error.")
    boolean quiet;

    private final Environment env;
    private final Supplier<Checker> checker;

    /** A command reading the real environment. */
    public CheckCommand() {
        this(Environment.system(), Checker::new);
    }

    CheckCommand(Environment env, Supplier<Checker> checker) {
        this.env = env;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.run(err, scan.debug, () -> {
            List<ReportOutput> outputs;
            FailOn threshold;
            try {
                outputs = outputs();
                threshold = failOn == null ? null : FailOn.parse(failOn);
            } catch (IllegalArgumentException e) {
                return Usage.error(spec, e.getMessage());
            }
            CheckOptions options = scan.toOptions().failOn(threshold).baseline(baseline)
                    .timestamps(!noTimestamps).build();
            CheckResult result = checker.get().check(options, env.stdin());
            write(result, outputs);
            // A text report on the terminal lists these already; for other formats, say it on stderr.
            boolean textOnStdout = outputs.stream()
                    .anyMatch(o -> o.toStdout() && o.reporter().format().equals("text"));
            for (ToolNotification n : result.report().notifications()) {
                if (!textOnStdout && ("error".equals(n.level()) || "warning".equals(n.level()))) {
                    err.println("authlint: " + n.level() + ": " + (n.location() == null ? "" : n.location() + ": ")
                            + n.message());
                }
            }
            return switch (result.verdict()) {
                case PASSED -> ExitCodes.OK;
                case FAILED -> ExitCodes.FINDINGS;
                case ERROR -> ExitCodes.USAGE;
            };
        });
    }

    private List<ReportOutput> outputs() {
        ReporterRegistry registry = ReporterRegistry.standard();
        List<ReportOutput> out = new ArrayList<>();
        for (String f : formats) {
            out.add(registry.parseOutput(f));
        }
        if (formats.isEmpty() && !quiet) {
            boolean github = "true".equals(env.variable("GITHUB_ACTIONS")) && registry.find("github").isPresent();
            out.add(registry.parseOutput(github ? "github" : "text"));
        }
        long toStdout = out.stream().filter(ReportOutput::toStdout).count();
        if (toStdout > 1) {
            throw new IllegalArgumentException("only one format can go to standard output; give the others a "
                    + "file: -f FORMAT=FILE");
        }
        return out;
    }

    private void write(CheckResult result, List<ReportOutput> outputs) throws IOException {
        String noColorEnv = env.variable("NO_COLOR"); // no-color.org: set and not empty
        boolean color = !noColor && (noColorEnv == null || noColorEnv.isEmpty()) && env.stdoutIsTerminal();
        ReportContext ctx = new ReportContext(SourceLines.of(result.sourceTexts()), color, null, !noTimestamps);
        OutputStream stdout = env.stdout(spec);
        for (ReportOutput o : outputs) {
            o.write(result.report(), ctx, stdout);
        }
        if (!quiet && outputs.stream().noneMatch(ReportOutput::toStdout)) {
            spec.commandLine().getOut().println(summary(result));
            spec.commandLine().getOut().flush();
        }
    }

    /** One line for the terminal when every report went to a file. */
    static String summary(CheckResult result) {
        Report r = result.report();
        Map<Severity, Integer> counts = r.countsBySeverity();
        String bySeverity = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", "));
        return "authlint: " + r.filesScanned() + (r.filesScanned() == 1 ? " file, " : " files, ") + (bySeverity.isEmpty() ? "no findings" : bySeverity)
                + (r.suppressedCount() > 0 ? ", " + r.suppressedCount() + " suppressed" : "")
                + " (fail-on " + result.failOn() + ": " + (result.verdict() == Verdict.FAILED ? "failed" : "passed")
                + ")";
    }
}

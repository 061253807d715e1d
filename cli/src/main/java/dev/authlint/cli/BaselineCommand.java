package dev.authlint.cli;

import dev.authlint.core.baseline.Baseline;
import dev.authlint.core.baseline.BaselineFile;
import dev.authlint.core.check.CheckResult;
import dev.authlint.core.check.Checker;
import dev.authlint.core.check.FailOn;
import dev.authlint.core.check.Verdict;
import dev.authlint.core.report.AtomicFileWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code authlint baseline}: records today's findings so that {@code check --baseline} reports only new ones. */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Record the current findings so that later checks report only new ones.",
        description = {
            "",
            "Runs the same scan and policies as 'authlint check' and writes every unsuppressed finding's "
                + "fingerprint to FILE (JSON, sorted, one entry per finding, reviewable in a pull request). "
                + "'authlint check --baseline FILE' then marks those findings as suppressed (kind external) and "
                + "fails only on new ones. Fingerprints use the rule, the file and the offending line's text, "
                + "not its number, so they survive unrelated edits above the finding; editing the offending "
                + "line makes the finding new again.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  authlint baseline -o .authlint-baseline.json",
            "  authlint baseline clusters/ --policy policy/ -o .authlint-baseline.json",
            "  authlint check --baseline .authlint-baseline.json",
            "",
            "Exit codes:",
            "  0  baseline written",
            "  2  usage, configuration or policy error, or a policy failed while evaluating",
            "  3  internal error (rerun with --debug and report it)"})
public final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptionsMixin scan = new ScanOptionsMixin();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write the baseline (parent folders created, written atomically).")
    Path output;

    private final Environment env;
    private final Supplier<Checker> checker;

    public BaselineCommand() {
        this(Environment.system(), Checker::new);
    }

    BaselineCommand(Environment env, Supplier<Checker> checker) {
        this.env = env;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        return Failures.run(spec.commandLine().getErr(), scan.debug, () -> {
            CheckResult result = checker.get().check(scan.toOptions().failOn(FailOn.NEVER).timestamps(false)
                    .build(), env.stdin());
            if (result.verdict() == Verdict.ERROR) {
                result.report().notifications().stream().filter(n -> "error".equals(n.level()))
                        .forEach(n -> spec.commandLine().getErr().println("authlint: error: " + n.message()));
                spec.commandLine().getErr().println("authlint: baseline not written: a policy failed");
                return ExitCodes.USAGE;
            }
            Baseline baseline = Baseline.of(result.report().findings());
            AtomicFileWriter.write(output, out -> out.write(BaselineFile.toJson(baseline)
                    .getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getOut().println("authlint: recorded " + baseline.entries().size()
                    + " finding(s) in " + output);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}

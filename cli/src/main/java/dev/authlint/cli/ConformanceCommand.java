package dev.authlint.cli;

import dev.authlint.rego.conformance.CaseResult;
import dev.authlint.rego.conformance.ConformanceSuite;
import dev.authlint.rego.conformance.ConformanceSummary;
import dev.authlint.rego.conformance.SkipList;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code authlint conformance DIR...}: runs OPA- and regorus-format Rego conformance cases on the engine. */
@Command(name = "conformance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Run Rego conformance cases (OPA and regorus YAML formats) against authlint's Rego engine.",
        description = {
            "",
            "Finds every *.yaml / *.yml case file below each DIR and runs each case: the modules are compiled, "
                + "the query evaluated with the case's data and input, and the result or error compared with "
                + "the expectation. OPA files (v1/test/cases/testdata/v1) and regorus files "
                + "(tests/interpreter/cases) are told apart by a folder named 'opa' or 'regorus' in the path, "
                + "else by the keys they use.",
            "",
            "Prints one line per failing case -- 'FAIL <file> :: <note>: <why>' -- and ends with "
                + "'conformance: N passed, M failed, K skipped'. Cases named in the skip list are not run; the "
                + "bundled list is in the engine jar (dev/authlint/rego/conformance/skip-list.txt), one case per "
                + "line with its reason, in the same '<file> :: <note> :: <reason>' form.",
            ""},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  every case that ran passed",
            "  1  at least one case failed",
            "  2  usage error: a DIR or the skip list cannot be read",
            "  3  internal error (rerun with --debug and report it)"})
public final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (or single files) holding case YAML files.")
    List<Path> dirs;

    @Option(names = "--skip-list", paramLabel = "FILE",
            description = "Use this skip list instead of the bundled one.")
    Path skipListFile;

    @Option(names = "--no-skip", description = "Run every case, ignoring the skip list.")
    boolean noSkip;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Deadline for one evaluation, e.g. 500ms, 10s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = {"-v", "--verbose"}, description = "Also print a line per skipped case and per-format totals.")
    boolean verbose;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    @Override
    public Integer call() {
        return Failures.run(spec.commandLine().getErr(), debug, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                err.println("authlint conformance: " + dir + ": no such file or directory");
                return ExitCodes.USAGE;
            }
        }
        SkipList skipList;
        try {
            skipList = loadSkipList();
        } catch (IOException | IllegalArgumentException e) {
            err.println("authlint conformance: " + skipListFile + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ConformanceSuite suite = new ConformanceSuite(skipList, timeout);
        ConformanceSummary summary = suite.run(dirs, result -> {
            if (result.status() == CaseResult.Status.FAILED) {
                out.println("FAIL " + result.testCase().id() + ": " + result.detail());
            } else if (verbose && result.status() == CaseResult.Status.SKIPPED) {
                out.println("SKIP " + result.testCase().id() + ": " + result.detail());
            }
            out.flush();
        });
        if (verbose) {
            summary.passedByFormat().forEach((format, passed) -> out.println(
                    "  " + format.name().toLowerCase(java.util.Locale.ROOT) + ": " + passed + " passed, "
                            + summary.count(format, CaseResult.Status.FAILED) + " failed, "
                            + summary.count(format, CaseResult.Status.SKIPPED) + " skipped"));
        }
        out.println(summary.totalsLine());
        return summary.count(CaseResult.Status.FAILED) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private SkipList loadSkipList() throws IOException {
        if (noSkip) {
            return SkipList.none();
        }
        if (skipListFile == null) {
            return SkipList.bundled();
        }
        try (InputStream in = Files.newInputStream(skipListFile)) {
            return SkipList.parse(in);
        }
    }
}

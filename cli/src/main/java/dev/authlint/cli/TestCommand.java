package dev.authlint.cli;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.tester.TestOutcome;
import dev.authlint.rego.tester.TestReport;
import dev.authlint.rego.tester.TestRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code authlint test DIR...}: runs Rego unit tests ({@code test_*} rules) like {@code opa test}. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Run Rego policy tests, as 'opa test' does.",
        description = {
            "",
            "Compiles every *.rego file below each DIR (files named data.json / data.yaml are loaded as base "
                + "documents at the path of their folder) and runs each test: every rule whose name starts "
                + "with test_. A test passes when it is true, fails when it is undefined or has another value, "
                + "and is an ERROR when evaluation fails (conflicting values, a strict builtin error, the "
                + "timeout). Rules named todo_test_* are reported as SKIPPED. Mock with 'with': "
                + "'with input as {...}', 'with data.x.y as v', 'with time.now_ns as f'.",
            "",
            "Failing and erroring tests are listed per file with their file:line and why; -v lists every "
                + "test and its print() output. The last lines count each outcome, e.g. 'PASS: 12/13'.",
            ""},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  every test passed (or was skipped)",
            "  1  a test failed or errored",
            "  2  a policy does not compile (the message gives file:line),",
            "     a DIR or data file is bad, or no test matched",
            "  3  internal error (rerun with --debug and report it)"})
public final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or .rego files holding policies and their tests.")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "List every test, with its print() output.")
    boolean verbose;

    @Option(names = {"-r", "--run"}, paramLabel = "REGEX",
            description = "Run only tests whose full name (data.pkg.test_x) matches this RE2 expression.")
    String run;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
            converter = DurationConverter.class,
            description = "Deadline for each test, e.g. 500ms, 10s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--rego-v0", description = "Parse modules as Rego v0 (modules importing rego.v1 stay v1).")
    boolean regoV0;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    @Override
    public Integer call() {
        return Failures.run(spec.commandLine().getErr(), debug, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pattern filter;
        try {
            filter = run == null ? null : Pattern.compile(run);
        } catch (PatternSyntaxException e) {
            err.println("authlint test: --run: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        TestRunner runner;
        try {
            runner = TestRunner.load(paths, regoV0 ? RegoVersion.V0 : RegoVersion.V1, timeout);
        } catch (RegoException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("authlint test: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        TestReport report = runner.run(filter, result -> { });
        if (report.results().isEmpty()) {
            err.println("authlint test: no tests found" + (run == null ? "" : " matching --run " + run));
            return ExitCodes.USAGE;
        }
        out.print(report.format(verbose));
        out.flush();
        return report.count(TestOutcome.FAIL) + report.count(TestOutcome.ERROR) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}

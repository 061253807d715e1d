package dev.authlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code authlint} command; each subcommand is its own class. */
@Command(name = "authlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Policy-as-code linter and CI gate for Amazon EKS access configuration.",
        description = {
            "",
            "authlint reads the configuration that decides who may do what in an EKS cluster -- "
                + "aws-auth ConfigMaps, eksctl ClusterConfig files, Kubernetes RBAC manifests and IAM "
                + "policies (standalone, CloudFormation, Terraform JSON) -- checks it against bundled "
                + "and custom Rego policies, follows the chain IAM -> aws-auth -> groups -> bindings -> "
                + "roles, and reports as text, JSON, SARIF, JUnit XML or GitHub annotations.",
            ""},
        subcommands = {
            CommandLine.HelpCommand.class,
            CheckCommand.class,
            BaselineCommand.class,
            RulesCommand.class,
            CompletionCommand.class,
            EvalCommand.class,
            TestCommand.class,
            ConformanceCommand.class,
            BenchCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  no finding at or above --fail-on (tests passed)",
            "  1  findings at or above --fail-on (tests failed)",
            "  2  usage, configuration or policy error",
            "  3  internal error (please report it; rerun with --debug for details)"})
public final class AuthlintCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
    }

    /** A configured command line, shared by {@link Main} and tests. */
    public static CommandLine newCommandLine() {
        return newCommandLine(CommandLine.defaultFactory());
    }

    /** A configured command line whose commands are created by {@code factory} (tests inject an environment). */
    public static CommandLine newCommandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new AuthlintCommand(), factory);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("authlint: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cl;
    }
}

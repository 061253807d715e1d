package dev.authlint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code authlint completion}: prints a shell completion script. */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Print a bash/zsh completion script for authlint.",
        description = {
            "",
            "Prints a completion script for every authlint command and option. It is a bash script that also "
                + "works in zsh (after 'autoload -U +X bashcompinit && bashcompinit').",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(authlint completion)                       # current shell",
            "  authlint completion > /etc/bash_completion.d/authlint",
            "",
            "Exit codes:",
            "  0  script printed"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

package dev.authlint.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Reports a usage error the way picocli's own parameter errors look, and returns exit code 2. */
final class Usage {

    private Usage() {
    }

    static int error(CommandSpec spec, String message) {
        var err = spec.commandLine().getErr();
        err.println("authlint: " + message);
        err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}

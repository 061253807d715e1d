package dev.authlint.cli;

import picocli.CommandLine;

/** Process entry point: runs {@link AuthlintCommand} and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(AuthlintCommand.newCommandLine().execute(args));
    }
}

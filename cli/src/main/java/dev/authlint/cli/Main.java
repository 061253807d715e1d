package dev.authlint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Process entry point: runs {@link AuthlintCommand} and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cl = AuthlintCommand.newCommandLine();
        // Reports are UTF-8 whatever the platform charset (Java 17 still follows the locale, often ASCII in CI).
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }
}

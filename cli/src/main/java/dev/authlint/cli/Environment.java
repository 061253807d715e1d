package dev.authlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command reads from its process: environment variables, standard input, whether standard output is a
 * terminal. Tests replace it to run commands without touching the real process.
 *
 * @param variables environment variable lookup (null when unset)
 * @param stdinStream standard input
 * @param terminal whether standard output is an interactive terminal (colour default)
 */
record Environment(Function<String, String> variables, InputStream stdinStream, boolean terminal) {

    static Environment system() {
        return new Environment(System::getenv, System.in, System.console() != null);
    }

    static Environment of(Map<String, String> variables, InputStream stdin, boolean terminal) {
        return new Environment(variables::get, stdin, terminal);
    }

    String variable(String name) {
        return variables.apply(name);
    }

    InputStream stdin() {
        return stdinStream;
    }

    boolean stdoutIsTerminal() {
        return terminal;
    }

    /**
     * The command's standard output as a byte stream. Reporters write UTF-8 bytes; picocli gives commands a
     * writer (so tests can capture it), so the bytes are decoded on each flush — reporters flush once per report.
     */
    OutputStream stdout(CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        return new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                out.print(toString(StandardCharsets.UTF_8));
                out.flush();
                reset();
            }

            @Override
            public void close() {
                flush();
            }
        };
    }
}

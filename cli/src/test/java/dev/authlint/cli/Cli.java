package dev.authlint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import dev.authlint.core.check.Checker;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs the real command line in-process with captured output and a chosen environment. */
final class Cli {

    /** What one run produced. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(Map.of(), "", args);
    }

    static Run run(Map<String, String> env, String stdin, String... args) {
        return run(env, stdin, Checker::new, args);
    }

    /** Runs with a given checker, e.g. one whose scanner fails, to reach the internal-error path. */
    static Run run(Map<String, String> env, String stdin, Supplier<Checker> checker, String... args) {
        return run(env, stdin, checker, false, args);
    }

    /** Runs as if standard output were a terminal (or not). */
    static Run run(Map<String, String> env, String stdin, Supplier<Checker> checker, boolean terminal,
                   String... args) {
        Environment e = Environment.of(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == CheckCommand.class) {
                    return cls.cast(new CheckCommand(e, checker));
                }
                if (cls == BaselineCommand.class) {
                    return cls.cast(new BaselineCommand(e, checker));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = AuthlintCommand.newCommandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

package dev.authlint.cli;

import dev.authlint.core.config.ConfigException;
import dev.authlint.core.policy.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * Runs a command body and turns failures into exit codes and one-line messages: bad configuration, data,
 * baseline or policies exit 2 with a message naming the file and line; anything else is an internal error
 * (exit 3) whose stack trace is shown only with {@code --debug}.
 */
final class Failures {

    private Failures() {
    }

    static int run(PrintWriter err, boolean debug, Callable<Integer> body) {
        try {
            return body.call();
        } catch (ConfigException | PolicyException e) {
            err.println("authlint: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.USAGE;
        } catch (UncheckedIOException | IOException e) {
            // files the user named (report outputs, baselines) that cannot be written or read
            err.println("authlint: " + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.USAGE;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            err.println("authlint: internal error: " + e + (debug ? "" : " (rerun with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        } finally {
            err.flush();
        }
    }
}

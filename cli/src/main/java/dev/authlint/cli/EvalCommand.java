package dev.authlint.cli;

import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.tester.DocumentFiles;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code authlint eval -d POLICY... [-i INPUT] QUERY}: evaluates a Rego query, printing JSON like {@code opa eval}. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Evaluate a Rego query and print the result set as JSON, as 'opa eval --format json' does.",
        description = {
            "",
            "Compiles the policies given with -d (files, or folders searched for *.rego), loads the base "
                + "documents given with --data (JSON or YAML objects, merged at the root of data) and the input "
                + "document given with -i (JSON, or YAML by extension), then evaluates QUERY, e.g. "
                + "'data.authlint.rules.deny' or 'x := data.pkg.p[_]'.",
            "",
            "The output is {\"result\": [{\"expressions\": [...], \"bindings\": {...}}, ...]}; an undefined query "
                + "prints {}. Errors are printed as file:row: code: message.",
            ""},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the query was evaluated (defined or not, unless --fail)",
            "  1  --fail was given and the result is undefined",
            "  2  usage error, unreadable file, or a policy or evaluation error (file:line in the message)",
            "  3  internal error (rerun with --debug and report it)"})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--policy"}, paramLabel = "POLICY", required = true,
            description = "A .rego file or a folder of them; repeatable.")
    List<Path> policies;

    @Option(names = {"-i", "--input"}, paramLabel = "INPUT", description = "Input document (JSON, or YAML for .yaml/.yml).")
    Path input;

    @Option(names = "--data", paramLabel = "FILE", description = "Base document merged into data (JSON or YAML object); repeatable.")
    List<Path> dataFiles = List.of();

    @Option(names = "--rego-v0", description = "Parse modules as Rego v0 (modules importing rego.v1 stay v1).")
    boolean regoV0;

    @Option(names = "--strict-builtin-errors", description = "Make failing builtins errors instead of undefined.")
    boolean strictBuiltinErrors;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Evaluation deadline, e.g. 500ms, 10s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--fail", description = "Exit 1 when the result is undefined.")
    boolean fail;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The Rego query.")
    String query;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    @Override
    public Integer call() {
        return Failures.run(spec.commandLine().getErr(), debug, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Rego.Builder builder = Rego.builder()
                .regoVersion(regoV0 ? RegoVersion.V0 : RegoVersion.V1)
                .strictBuiltinErrors(strictBuiltinErrors)
                .timeout(timeout)
                .printSink(line -> err.println(line));
        Value inputValue = null;
        try {
            for (Path policy : policies) {
                if (!Files.exists(policy)) {
                    err.println("authlint eval: " + policy + ": no such file or directory");
                    return ExitCodes.USAGE;
                }
                builder.modulesFrom(policy);
            }
            ObjectValue data = ObjectValue.EMPTY;
            for (Path file : dataFiles) {
                if (!(readDocument(file) instanceof ObjectValue object)) {
                    err.println("authlint eval: " + file + ": a data document must be an object");
                    return ExitCodes.USAGE;
                }
                try {
                    data = DocumentFiles.merge(data, object);
                } catch (IllegalArgumentException e) {
                    err.println("authlint eval: " + file + ": " + e.getMessage() + " (an earlier --data file sets it too)");
                    return ExitCodes.USAGE;
                }
            }
            builder.data(data);
            if (input != null) {
                inputValue = readDocument(input);
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("authlint eval: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            ResultSet rs = builder.build().prepare(query).eval(inputValue);
            out.println(rs.toJson());
            out.flush();
            return fail && rs.results().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (RegoException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** Reads a JSON/YAML document; failures become one-line messages naming the file. */
    private static Value readDocument(Path file) {
        String kind = DocumentFiles.isYaml(file) ? "YAML" : "JSON";
        try {
            return DocumentFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            throw new IllegalArgumentException(file + ": not valid " + kind + ": " + detail);
        }
    }
}

package dev.authlint.cli;

import dev.authlint.core.check.CheckOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to scan and how to evaluate it: shared by {@code check} and {@code baseline}. */
public final class ScanOptionsMixin {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to scan (default: the current folder); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Option(names = "--data", paramLabel = "FILE",
            description = "JSON or YAML data document merged into 'data' for policies. Repeatable.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Switch a rule off (comma-separated or repeated), in addition to the config.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only scan files matching GLOB in folders (gitignore syntax; default **/*.yaml, "
                    + "**/*.yml, **/*.json). Repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files matching GLOB (gitignore syntax). Repeatable. Always skipped: the "
                    + "folders .git, target, node_modules and vendor, and what gitignore files exclude.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Report larger files as IO002 instead of reading them: bytes, or with KiB, MiB, GiB "
                    + "(default 5MiB).")
    Long maxFileSize;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Limit for one policy evaluation on one input, e.g. 500ms, 10s, 2m (default: the "
                    + "config's 'timeout', else 10s). A policy that runs longer fails that evaluation: the run "
                    + "reports it as an error and exits with 2.")
    Duration timeout;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name reported for standard input ('-'); its extension selects JSON or YAML "
                    + "(default: stdin).")
    String stdinFilename;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /** Fills the shared part of the core options. */
    CheckOptions.Builder toOptions() {
        PolicyOptions p = policy;
        return CheckOptions.builder()
                .paths(paths)
                .policies(p.policies)
                .namespaces(p.namespaces)
                .allNamespaces(p.allNamespaces)
                .builtinRules(!p.noBuiltinRules)
                .config(p.config)
                .data(data)
                .regoV0(p.regoV0)
                .disabledRules(disable)
                .include(include)
                .exclude(exclude)
                .maxFileBytes(maxFileSize)
                .stdinName(stdinFilename)
                .evalTimeout(timeout)
                .toolVersion(VersionProvider.version());
    }
}

package dev.authlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose which policies run: shared by {@code check}, {@code baseline} and {@code rules}. */
public final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "DIR",
            description = "Custom Rego policies: a folder (searched recursively for *.rego, *_test.rego skipped) "
                    + "or a file. Repeatable; added to the config's 'policies'.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--namespace", paramLabel = "PKG",
            description = "Evaluate the conftest-style package PKG (default: main). Repeatable. Packages under "
                    + "'authlint.' always run.")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--all-namespaces", description = "Evaluate every conftest-style package.")
    boolean allNamespaces;

    @Option(names = "--rego-v0", description = "Parse custom policies with Rego v0 syntax (bundled rules are v1).")
    boolean regoV0;

    @Option(names = "--no-builtin-rules", negatable = false,
            description = "Run only custom policies (the IO and AL input checks still run).")
    boolean noBuiltinRules;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file. Default: .authlint.yaml in the first PATH or the nearest "
                    + "folder above it.")
    Path config;
}

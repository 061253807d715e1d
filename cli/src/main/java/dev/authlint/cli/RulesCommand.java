package dev.authlint.cli;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.check.Checker;
import dev.authlint.core.config.AuthlintConfig;
import dev.authlint.core.config.RuleSetting;
import dev.authlint.core.docs.RuleDocs;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.policy.PolicyRule;
import dev.authlint.core.policy.PolicySet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code authlint rules}: the rule catalog, as a table or one rule's documentation. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "List the rules, or show one rule's documentation.",
        description = {
            "",
            "Without RULE-ID, prints a table of every rule (bundled, custom from --policy or the config, and the "
                + "built-in IO and AL input checks): id, default severity, what it reads, title. With RULE-ID, "
                + "prints the rule's full description, remediation and references.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  authlint rules",
            "  authlint rules AA002",
            "  authlint rules --policy policy/",
            "  authlint rules --docs docs/rules",
            "",
            "Exit codes:",
            "  0  success",
            "  2  unknown rule id, or a policy or configuration error"})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", arity = "0..1", description = "Show this rule's documentation.")
    String ruleId;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Option(names = "--docs", paramLabel = "DIR", description = "Write the rule reference (one Markdown page per "
            + "rule, built-in IO and AL checks included, as in docs/rules/, and an index) into DIR instead of "
            + "printing.")
    Path docs;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Failures.run(spec.commandLine().getErr(), debug, () -> {
            CheckOptions options = CheckOptions.builder().policies(policy.policies).namespaces(policy.namespaces)
                    .allNamespaces(policy.allNamespaces).regoV0(policy.regoV0).builtinRules(!policy.noBuiltinRules)
                    .config(policy.config).build();
            AuthlintConfig config = Checker.config(options);
            PolicySet policies = Checker.policies(options, config);
            if (docs != null) {
                int pages = RuleDocs.write(policies, docs);
                out.printf("Wrote %d pages to %s%n", pages, docs);
                out.flush();
                return ExitCodes.OK;
            }
            List<RuleInfo> rules = policies.allRuleInfos();
            if (ruleId == null) {
                table(out, rules);
            } else {
                Optional<RuleInfo> rule = rules.stream().filter(r -> r.id().equalsIgnoreCase(ruleId)).findFirst();
                if (rule.isEmpty()) {
                    return Usage.error(spec, "unknown rule '" + ruleId + "' (run 'authlint rules' for the list)");
                }
                Severity override = Optional.ofNullable(config.rules().get(rule.get().id()))
                        .map(RuleSetting::severity).orElse(null);
                describe(out, rule.get(), policies.rules().stream()
                        .filter(r -> r.id().equals(rule.get().id())).findFirst()
                        .map(PolicyRule::paramDefaults).orElse(Map.of()), override, config.displayName());
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    static void table(PrintWriter out, List<RuleInfo> rules) {
        int id = Math.max(2, rules.stream().mapToInt(r -> r.id().length()).max().orElse(2));
        int input = Math.max(5, rules.stream().mapToInt(r -> r.input().length()).max().orElse(5));
        String row = "%-" + id + "s  %-8s  %-" + input + "s  %s%n";
        out.printf(row, "ID", "SEVERITY", "INPUT", "TITLE");
        for (RuleInfo r : rules) {
            out.printf(row, r.id(), r.severity().id(), r.input(), r.title());
        }
        out.printf("%n%d rules. 'authlint rules RULE-ID' shows one rule's documentation.%n", rules.size());
    }

    static void describe(PrintWriter out, RuleInfo r, Map<String, Object> params, Severity override,
                         String configName) {
        out.println(r.id() + "  " + r.title());
        out.println();
        out.println("Severity:  " + (override == null ? r.severity().id()
                : override.id() + " (set in " + configName + "; the rule's default is " + r.severity().id() + ")"));
        out.println("Input:     " + r.input());
        if (r.name() != null && !r.name().isBlank()) {
            out.println("Name:      " + r.name());
        }
        out.println("Defined:   " + (r.source() == null ? "built into authlint" : r.source()));
        if (!r.related().isEmpty()) {
            out.println("Related:   " + String.join(", ", r.related()));
        }
        if (!r.description().isBlank()) {
            out.println();
            out.println(r.description().strip());
        }
        if (!r.remediation().isBlank()) {
            out.println();
            out.println("How to fix:");
            r.remediation().strip().lines().forEach(l -> out.println("  " + l));
        }
        if (!params.isEmpty()) {
            out.println();
            out.println("Parameters (params: in .authlint.yaml):");
            params.forEach((k, v) -> out.println("  " + k + " (default: " + Json.text(v) + ")"));
        }
        out.println();
        out.println("Severity override (rules: in .authlint.yaml):");
        out.println("  " + r.id() + ": medium reports every " + r.id() + " finding as medium, also those the rule");
        out.println("  itself reports at another severity; " + r.id() + ": off switches the rule off.");
        if (!r.references().isEmpty()) {
            out.println();
            out.println("References:");
            r.references().forEach(l -> out.println("  " + l));
        }
        if (r.helpUri() != null) {
            out.println();
            out.println("More: " + r.helpUri());
        }
    }
}

package dev.authlint.core.policy;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.rego.RegoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policies of one run: every module to compile (helpers included) and the rules among them that produce
 * findings, selected by namespace like conftest does.
 *
 * @param modules all modules, bundled first, then custom in the order given
 * @param rules the rules to evaluate, in id order
 */
public record PolicySet(List<PolicyModule> modules, List<PolicyRule> rules) {

    /** The package conftest evaluates when no namespace is given. */
    public static final String DEFAULT_NAMESPACE = "main";

    public PolicySet {
        modules = List.copyOf(modules);
        rules = List.copyOf(rules);
    }

    /**
     * Loads bundled and custom policies.
     *
     * @param bundled whether to include the rules shipped with authlint
     * @param customPaths folders or files of custom policies
     * @param namespaces conftest-style packages to evaluate (empty: {@code main})
     * @param allNamespaces evaluate every conftest-style package
     * @param customRegoV0 parse the custom policies with Rego v0 syntax (bundled rules are v1)
     * @throws PolicyException for unreadable or unparsable policies, bad metadata or two packages claiming the
     *     same rule id
     */
    public static PolicySet load(boolean bundled, List<Path> customPaths, List<String> namespaces,
                                 boolean allNamespaces, boolean customRegoV0) {
        List<PolicyModule> modules = new ArrayList<>();
        if (bundled) {
            modules.addAll(PolicyLoader.bundled(PolicySet.class.getClassLoader()));
        }
        modules.addAll(PolicyLoader.custom(customPaths));
        Set<String> selected = Set.copyOf(namespaces.isEmpty() ? List.of(DEFAULT_NAMESPACE) : namespaces);
        Map<String, PolicyRule> byPackage = new HashMap<>();
        Map<String, PolicyRule> byId = new HashMap<>();
        List<PolicyRule> rules = new ArrayList<>();
        List<PolicyModule> parsedModules = new ArrayList<>(modules.size());
        for (PolicyModule source : modules) {
            // Parsed once here, for the metadata; the compiler reuses the parsed module.
            PolicyModule m = source.withParsed(PolicyRuleReader.parse(source,
                    customRegoV0 && !source.bundled() ? RegoVersion.V0 : RegoVersion.V1));
            parsedModules.add(m);
            Optional<PolicyRule> read = PolicyRuleReader.read(m, m.parsed());
            if (read.isEmpty()) {
                continue;
            }
            PolicyRule r = read.get();
            if (r.packagePath().startsWith("authlint.lib.")) {
                continue; // helpers may define deny-like names for their own tests; they are not rules
            }
            if (r.scope() == RuleScope.RAW_DOCUMENT && !allNamespaces && !selected.contains(r.packagePath())) {
                continue;
            }
            PolicyRule samePackage = byPackage.get(r.packagePath());
            if (samePackage != null) {
                // A package split over several files: one rule, entrypoints merged, first metadata wins.
                List<String> eps = new ArrayList<>(samePackage.entrypoints());
                r.entrypoints().stream().filter(e -> !eps.contains(e)).forEach(eps::add);
                PolicyRule merged = new PolicyRule(samePackage.info(), samePackage.packagePath(), eps,
                        samePackage.scope(), samePackage.inputSection(), samePackage.params());
                rules.set(rules.indexOf(samePackage), merged);
                byPackage.put(r.packagePath(), merged);
                byId.put(merged.id(), merged);
                continue;
            }
            PolicyRule sameId = byId.get(r.id());
            if (sameId != null || BuiltinRules.get(r.id()).isPresent()) {
                throw new PolicyException(m.name(), 1, "rule id " + r.id() + " is already used by "
                        + (sameId == null ? "a built-in rule" : sameId.info().source()));
            }
            byPackage.put(r.packagePath(), r);
            byId.put(r.id(), r);
            rules.add(r);
        }
        rules.sort(java.util.Comparator.comparing(PolicyRule::id));
        return new PolicySet(parsedModules, rules);
    }

    /** Rule infos of the policies plus the built-in IO/AL rules, sorted by id. */
    public List<RuleInfo> allRuleInfos() {
        List<RuleInfo> out = new ArrayList<>(BuiltinRules.ALL);
        rules.forEach(r -> out.add(r.info()));
        out.sort(java.util.Comparator.comparing(RuleInfo::id));
        return out;
    }
}

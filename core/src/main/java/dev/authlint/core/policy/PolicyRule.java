package dev.authlint.core.policy;

import dev.authlint.core.finding.RuleInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule as the runner sees it: one Rego package with its result rules and its metadata.
 *
 * @param info what users see (id, severity, docs)
 * @param packagePath the Rego package, e.g. {@code authlint.rules.AA002} or {@code main}
 * @param entrypoints the result rules defined in the package, e.g. {@code deny}, {@code warn}, {@code violation_x}
 * @param scope how the rule is evaluated
 * @param inputSection the envelope section a document-scope rule reads ({@code awsAuth}, {@code rbac}, …), or
 *     null to run on every document
 * @param params documented parameters ({@code custom.params}), in declaration order
 */
public record PolicyRule(RuleInfo info, String packagePath, List<String> entrypoints, RuleScope scope,
                         String inputSection, List<RuleParam> params) {

    public PolicyRule {
        entrypoints = List.copyOf(entrypoints);
        params = params == null ? List.of() : List.copyOf(params);
    }

    public String id() {
        return info.id();
    }

    /** Parameter defaults by name, in declaration order; merged under the config's params. */
    public Map<String, Object> paramDefaults() {
        Map<String, Object> out = new LinkedHashMap<>(); // defaults may be null, which Map.of refuses
        params.forEach(p -> out.put(p.name(), p.defaultValue()));
        return Collections.unmodifiableMap(out);
    }

    /** The Rego query for one of the entrypoints, e.g. {@code data.authlint.rules.AA002.deny}. */
    public String query(String entrypoint) {
        return "data." + packagePath + "." + entrypoint;
    }
}

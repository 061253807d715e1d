package dev.authlint.core.finding;

import java.util.List;

/**
 * What a user sees about a rule: its id, default severity and documentation. For bundled Rego rules it comes
 * from the {@code # METADATA} block; for built-in checks (IO*, AL*) from Java.
 *
 * @param id stable id, e.g. {@code RB001}
 * @param name short kebab-case name, e.g. {@code rbac-wildcard}
 * @param title one-line summary, no trailing period
 * @param description full explanation (Markdown allowed)
 * @param severity default severity
 * @param input what the rule reads: aws-auth, rbac, iam, cross, io, authlint, or custom
 * @param remediation how to fix a finding (Markdown allowed)
 * @param references links to AWS/Kubernetes documentation
 * @param related ids of the closest rules in other linters
 * @param helpUri where the rule's page lives
 * @param source the policy file that defines it ({@code null} for built-in checks)
 */
public record RuleInfo(String id, String name, String title, String description, Severity severity,
                       String input, String remediation, List<String> references, List<String> related,
                       String helpUri, String source) {

    public RuleInfo {
        references = references == null ? List.of() : List.copyOf(references);
        related = related == null ? List.of() : List.copyOf(related);
        description = description == null ? "" : description;
        remediation = remediation == null ? "" : remediation;
    }
}

package dev.authlint.core.report;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Suppression;
import dev.authlint.core.policy.RuleReference;

/** Facts about authlint that several formats write. */
final class ToolInfo {

    static final String NAME = "authlint";
    static final String INFORMATION_URI = "https://github.com/authlint/authlint";

    private ToolInfo() {
    }

    /**
     * The rule's own help URI; failing that, its page in authlint's rule reference for built-in checks and bundled
     * rules; null for a custom rule without one (a link to our docs would point nowhere).
     */
    static String helpUri(RuleInfo rule) {
        if (rule.helpUri() != null && !rule.helpUri().isBlank()) {
            return rule.helpUri();
        }
        boolean ours = rule.source() == null || rule.source().replace('\\', '/').contains("authlint/policies/");
        return ours ? RuleReference.pageOf(rule.id()) : null;
    }

    /** SARIF's names for the two suppression kinds, used by the JSON report too. */
    static String suppressionKind(Suppression s) {
        return s.kind() == Suppression.Kind.EXTERNAL ? "external" : "inSource";
    }
}

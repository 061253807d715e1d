package dev.authlint.core.policy;

/**
 * Where authlint's rule reference is published: one page per bundled or built-in rule, generated into
 * {@code docs/rules/} by {@code authlint rules --docs}. Reports link to it as the rules' help URI.
 */
public final class RuleReference {

    private static final String BASE = "https://github.com/authlint/authlint/blob/main/docs/rules/";

    private RuleReference() {
    }

    /** The page of the rule with this id. */
    public static String pageOf(String ruleId) {
        return BASE + ruleId + ".md";
    }
}

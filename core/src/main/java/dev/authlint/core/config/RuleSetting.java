package dev.authlint.core.config;

import dev.authlint.core.finding.Severity;

/**
 * What the config file says about one rule.
 *
 * @param ruleId the rule id as written, e.g. {@code RB001}
 * @param enabled false to switch the rule off
 * @param severity a severity override, or null to keep the rule's default
 * @param line where the rule is named in the config file (for "unknown rule" errors)
 */
public record RuleSetting(String ruleId, boolean enabled, Severity severity, int line) {
}

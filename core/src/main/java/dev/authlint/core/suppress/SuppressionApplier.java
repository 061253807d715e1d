package dev.authlint.core.suppress;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.Suppression;
import dev.authlint.core.policy.BuiltinRules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Predicate;

/**
 * Marks findings covered by {@code # authlint:ignore} comments as suppressed, and reports the comments
 * themselves when they lack a reason ({@code AL001}) or cover nothing ({@code AL002}).
 */
public final class SuppressionApplier {

    private SuppressionApplier() {
    }

    /**
     * @param findings findings of one run (any order)
     * @param directives every directive of every scanned file
     * @param disabledRule true for a rule id that is known but switched off in this run: a comment naming only
     *     such rules is not reported as unused (the finding would come back when the rule is switched on)
     * @return the findings with suppressions set, followed by new {@code AL001}/{@code AL002} findings
     */
    public static List<Finding> apply(List<Finding> findings, List<SuppressionDirective> directives,
                                      Predicate<String> disabledRule) {
        Map<SuppressionDirective, Boolean> used = new IdentityHashMap<>();
        Map<String, List<SuppressionDirective>> byFile = new HashMap<>();
        for (SuppressionDirective d : directives) {
            byFile.computeIfAbsent(d.location().file(), k -> new ArrayList<>()).add(d);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            SuppressionDirective match = f.suppressed() ? null
                    : find(f, byFile.getOrDefault(f.location().file(), List.of()));
            if (match == null) {
                out.add(f);
            } else {
                used.put(match, Boolean.TRUE);
                out.add(f.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, match.reason(),
                        match.location())));
            }
        }
        for (SuppressionDirective d : directives) {
            String kind = d.fileWide() ? "authlint:ignore-file" : "authlint:ignore";
            if (d.ruleIds().isEmpty()) {
                out.add(Finding.of(BuiltinRules.UNUSED_SUPPRESSION, Severity.LOW,
                        kind + " names no rule id: write '# " + kind + " RULE-ID -- reason'", d.location()));
                continue;
            }
            if (d.reason().isEmpty()) {
                out.add(Finding.of(BuiltinRules.SUPPRESSION_WITHOUT_REASON, Severity.LOW,
                        kind + " " + String.join(",", d.ruleIds()) + " gives no reason: add one after '--' "
                                + "so reviewers know why the finding is accepted", d.location()));
            }
            if (!used.containsKey(d) && !d.ruleIds().stream().allMatch(disabledRule)) {
                String where = d.fileWide() ? "in this file" : "on line " + d.targetLine();
                out.add(Finding.of(BuiltinRules.UNUSED_SUPPRESSION, Severity.LOW,
                        kind + " " + String.join(",", d.ruleIds()) + " matches no finding " + where
                                + ": remove it or move it next to the finding it is meant for", d.location()));
            }
        }
        return out;
    }

    /** Line-level directives win over file-level ones, so the more specific reason is shown. */
    private static SuppressionDirective find(Finding f, List<SuppressionDirective> directives) {
        SuppressionDirective fileWide = null;
        for (SuppressionDirective d : directives) {
            if (d.covers(f.ruleId(), f.location().file(), f.location().line())) {
                if (!d.fileWide()) {
                    return d;
                }
                if (fileWide == null) {
                    fileWide = d;
                }
            }
        }
        return fileWide;
    }
}

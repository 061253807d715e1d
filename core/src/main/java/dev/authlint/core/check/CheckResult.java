package dev.authlint.core.check;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link Checker#check}.
 *
 * @param report everything reporters need
 * @param failOn the threshold that was applied
 * @param verdict pass, fail or error
 * @param sourceTexts the scanned files' texts by relative path (for snippets and baselines)
 */
public record CheckResult(Report report, FailOn failOn, Verdict verdict, Map<String, String> sourceTexts) {

    public CheckResult {
        sourceTexts = Map.copyOf(sourceTexts);
    }

    /** Unsuppressed findings at or above the threshold. */
    public List<Finding> failing() {
        return report.findings().stream().filter(failOn::fails).toList();
    }
}

package dev.authlint.core.finding;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter needs about one run. Findings are in their final, deterministic order (file, line,
 * column, rule id, message).
 *
 * @param toolVersion authlint's version
 * @param rules every rule that was enabled for the run (also those without findings)
 * @param findings all findings, suppressed ones included
 * @param filesScanned number of files read (including ones that became IO findings)
 * @param documentsScanned number of YAML/JSON documents evaluated
 * @param notifications tool execution notifications
 * @param successful false when the run hit a policy error or an internal problem
 * @param startTime run start, or null when timestamps are switched off
 * @param endTime run end, or null when timestamps are switched off
 * @param checkedFiles relative paths of all files scanned, in order (JUnit reports a testcase per rule and file)
 */
public record Report(String toolVersion, List<RuleInfo> rules, List<Finding> findings, int filesScanned,
                     int documentsScanned, List<ToolNotification> notifications, boolean successful,
                     Instant startTime, Instant endTime, List<String> checkedFiles) {

    public Report {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        checkedFiles = checkedFiles == null ? List.of() : List.copyOf(checkedFiles);
    }

    /** Unsuppressed findings per severity (every severity present, possibly 0). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            if (!f.suppressed()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }
}

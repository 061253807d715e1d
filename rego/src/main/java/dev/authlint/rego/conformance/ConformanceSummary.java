package dev.authlint.rego.conformance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Totals of a conformance run, overall and per dialect.
 *
 * @param results every case's result, in run order (unreadable files appear as one failed pseudo-case)
 */
public record ConformanceSummary(List<CaseResult> results) {

    public ConformanceSummary {
        results = List.copyOf(results);
    }

    /** Cases with the given status. */
    public long count(CaseResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Cases of {@code format} with the given status. */
    public long count(CaseFormat format, CaseResult.Status status) {
        return results.stream().filter(r -> r.testCase().format() == format && r.status() == status).count();
    }

    /** Passed cases per dialect. */
    public Map<CaseFormat, Long> passedByFormat() {
        Map<CaseFormat, Long> passed = new EnumMap<>(CaseFormat.class);
        for (CaseFormat f : CaseFormat.values()) {
            passed.put(f, count(f, CaseResult.Status.PASSED));
        }
        return passed;
    }

    /** The closing line, e.g. {@code conformance: 900 passed, 12 failed, 30 skipped}. */
    public String totalsLine() {
        return "conformance: " + count(CaseResult.Status.PASSED) + " passed, " + count(CaseResult.Status.FAILED)
                + " failed, " + count(CaseResult.Status.SKIPPED) + " skipped";
    }
}

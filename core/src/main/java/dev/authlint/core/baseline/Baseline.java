package dev.authlint.core.baseline;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings accepted at some point in time, identified by fingerprint. A check run with a baseline reports
 * only findings that are not in it; the others are marked as externally suppressed.
 *
 * @param entries the recorded findings, sorted by file, rule id and fingerprint
 */
public record Baseline(List<Entry> entries) {

    /**
     * One recorded finding. Only the fingerprint is used for matching; rule, file and message make the file
     * reviewable in a pull request.
     */
    public record Entry(String fingerprint, String ruleId, String file, String message) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** A baseline of the unsuppressed findings of a run (suppressed ones are already accounted for). */
    public static Baseline of(List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.suppressed() && !f.fingerprint().isEmpty()) {
                entries.add(new Entry(f.fingerprint(), f.ruleId(), f.location().file(), f.message()));
            }
        }
        entries.sort(java.util.Comparator.comparing(Entry::file).thenComparing(Entry::ruleId)
                .thenComparing(Entry::fingerprint));
        return new Baseline(entries);
    }

    /**
     * Marks every finding whose fingerprint is recorded here as suppressed ({@link Suppression.Kind#EXTERNAL}).
     * Each entry matches at most as many findings as it was recorded for, so a second copy of an accepted
     * problem is still reported.
     *
     * @param name how the baseline is named in the suppression's justification (e.g. its file name)
     */
    public List<Finding> apply(List<Finding> findings, String name) {
        Map<String, Integer> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(e.fingerprint(), 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Integer left = f.suppressed() ? null : remaining.get(f.fingerprint());
            if (left != null && left > 0) {
                remaining.put(f.fingerprint(), left - 1);
                out.add(f.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "in baseline " + name, null)));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}

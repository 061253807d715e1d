package dev.authlint.rego.tester;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a test run, and their text form in the style of {@code opa test}: results grouped by file
 * (all of them with {@code verbose}, otherwise only failures and errors), then one count line per outcome.
 *
 * @param results every test's result, in discovery order
 */
public record TestReport(List<TestResult> results) {

    private static final String RULE = "-".repeat(80);

    public TestReport {
        results = List.copyOf(results);
    }

    /** Tests with the given outcome. */
    public long count(TestOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** True when no test failed or errored. */
    public boolean passed() {
        return count(TestOutcome.FAIL) == 0 && count(TestOutcome.ERROR) == 0;
    }

    /** The report text, ending with a newline. */
    public String format(boolean verbose) {
        StringBuilder out = new StringBuilder();
        Map<String, List<TestResult>> byFile = new LinkedHashMap<>();
        for (TestResult r : results) {
            boolean shown = verbose || r.outcome() == TestOutcome.FAIL || r.outcome() == TestOutcome.ERROR;
            if (shown) {
                byFile.computeIfAbsent(r.test().file(), f -> new ArrayList<>()).add(r);
            }
        }
        byFile.forEach((file, fileResults) -> {
            out.append(file).append(":\n");
            for (TestResult r : fileResults) {
                out.append(r.test().name()).append(": ").append(r.outcome());
                if (r.outcome() != TestOutcome.SKIPPED) {
                    out.append(" (").append(millis(r)).append(')');
                }
                out.append('\n');
                if (r.outcome() == TestOutcome.FAIL) {
                    out.append("  ").append(r.test().location()).append(": ").append(r.detail()).append('\n');
                } else if (r.outcome() == TestOutcome.ERROR) {
                    // error texts carry their own file:row (where evaluation failed, not where the test starts)
                    out.append("  ").append(r.detail().replace("\n", "\n  ")).append('\n');
                }
                if (!r.prints().isEmpty() && (verbose || r.outcome() != TestOutcome.PASS)) {
                    r.prints().forEach(line -> out.append("  ").append(line).append('\n'));
                }
            }
            out.append('\n');
        });
        if (!byFile.isEmpty()) {
            out.append(RULE).append('\n');
        }
        int total = results.size();
        for (TestOutcome outcome : TestOutcome.values()) {
            long n = count(outcome);
            if (n > 0) {
                out.append(outcome.name()).append(": ").append(n).append('/').append(total).append('\n');
            }
        }
        return out.toString();
    }

    private static String millis(TestResult r) {
        double ms = r.duration().toNanos() / 1e6;
        return ms < 1 ? String.format(Locale.ROOT, "%.0fµs", ms * 1000) : String.format(Locale.ROOT, "%.1fms", ms);
    }
}

package dev.authlint.rego.tester;

import java.time.Duration;
import java.util.List;

/**
 * The result of one test.
 *
 * @param test     the test
 * @param outcome  pass, fail, error or skipped
 * @param detail   for FAIL the value it had (or "undefined"), for ERROR the error text; else empty
 * @param duration evaluation time
 * @param prints   lines the test printed with {@code print()}
 */
public record TestResult(TestCase test, TestOutcome outcome, String detail, Duration duration, List<String> prints) {
    public TestResult {
        prints = List.copyOf(prints);
    }
}

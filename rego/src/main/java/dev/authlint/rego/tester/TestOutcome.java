package dev.authlint.rego.tester;

/** How a test ended, with OPA's names. */
public enum TestOutcome {
    /** The test rule evaluated to {@code true}. */
    PASS,
    /** The test rule was undefined or had a value other than {@code true}. */
    FAIL,
    /** Evaluation raised an error: conflict, strict builtin error, timeout. */
    ERROR,
    /** A {@code todo_test_} rule: not run. */
    SKIPPED
}

package dev.authlint.rego.conformance;

/**
 * The outcome of one case.
 *
 * @param testCase the case
 * @param status   passed, failed or skipped
 * @param detail   why it failed or was skipped (one line); empty when it passed
 */
public record CaseResult(ConformanceCase testCase, Status status, String detail) {

    /** Outcome kinds. */
    public enum Status { PASSED, FAILED, SKIPPED }

    static CaseResult passed(ConformanceCase c) {
        return new CaseResult(c, Status.PASSED, "");
    }

    static CaseResult failed(ConformanceCase c, String why) {
        return new CaseResult(c, Status.FAILED, CaseLoader.oneLine(why));
    }

    static CaseResult skipped(ConformanceCase c, String why) {
        return new CaseResult(c, Status.SKIPPED, CaseLoader.oneLine(why));
    }
}

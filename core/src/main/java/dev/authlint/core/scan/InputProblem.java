package dev.authlint.core.scan;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;

/** The built-in input checks: every file that cannot be read or parsed becomes one of these findings. */
public enum InputProblem {
    /** A YAML or JSON syntax error. */
    PARSE_ERROR("IO001", Severity.HIGH),
    /** A file over the size cap, not read. */
    FILE_TOO_LARGE("IO002", Severity.MEDIUM),
    /** A parser safety limit (aliases, nesting, expansion) was exceeded. */
    LIMIT_EXCEEDED("IO003", Severity.HIGH),
    /** A file or directory that cannot be read (permissions, broken link, symbolic link loop). */
    UNREADABLE("IO004", Severity.HIGH),
    /** Binary content or invalid UTF-8. */
    NOT_TEXT("IO005", Severity.LOW);

    private final String ruleId;
    private final Severity severity;

    InputProblem(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    /** A finding of this kind at {@code location}. */
    public Finding at(SourceLocation location, String message) {
        return Finding.of(ruleId, severity, message, location);
    }
}

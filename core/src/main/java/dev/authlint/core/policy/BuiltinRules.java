package dev.authlint.core.policy;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.scan.InputProblem;
import java.util.List;
import java.util.Optional;

/**
 * Rules implemented in Java rather than Rego: input problems found by the scanner ({@code IO*}) and problems
 * with authlint's own suppression comments ({@code AL*}). They are always enabled unless switched off in the
 * config, so that bad input never disappears silently.
 */
public final class BuiltinRules {

    public static final String SUPPRESSION_WITHOUT_REASON = "AL001";
    public static final String UNUSED_SUPPRESSION = "AL002";

    /** All built-in rules, in id order. The IO rules' ids and severities are the scanner's {@link InputProblem}s. */
    public static final List<RuleInfo> ALL = List.of(
            io(InputProblem.PARSE_ERROR, "parse-error", "File cannot be parsed as YAML or JSON",
                    "The file is not valid YAML or JSON, so none of its documents were checked. A manifest that "
                            + "does not parse is also rejected by kubectl, CloudFormation or Terraform.",
                    "Fix the syntax error at the reported line and column (the message says what the parser "
                            + "expected)."),
            io(InputProblem.FILE_TOO_LARGE, "file-too-large", "File exceeds the size limit",
                    "The file is larger than the scanner's size cap and was not checked.",
                    "Split the file, exclude it (`--exclude` or `exclude:` in `.authlint.yaml`), or raise the cap "
                            + "with `--max-file-size`."),
            io(InputProblem.LIMIT_EXCEEDED, "yaml-limit-exceeded", "YAML exceeds a safety limit",
                    "The document uses more aliases or deeper nesting than authlint accepts (protection against "
                            + "\"billion laughs\" and similar inputs), so it was not checked.",
                    "Remove the alias expansion or deep nesting; real manifests never need it."),
            io(InputProblem.UNREADABLE, "unreadable-file", "File cannot be read",
                    "The file exists but could not be read (permissions, I/O error), so it was not checked.",
                    "Make the file readable by the user running authlint, or exclude it."),
            io(InputProblem.NOT_TEXT, "binary-file", "File is binary or not valid UTF-8",
                    "The file looks binary or is not valid UTF-8 text, so it was not checked.",
                    "Save the file as UTF-8, or exclude it if it is not a manifest."),
            new RuleInfo(SUPPRESSION_WITHOUT_REASON, "suppression-without-reason",
                    "Suppression comment gives no reason",
                    "An `# authlint:ignore` comment hides a finding without saying why. Reviewers cannot tell an "
                            + "accepted risk from a forgotten shortcut.",
                    Severity.LOW, "authlint", "Add the reason after `--`: `# authlint:ignore AA002 -- "
                            + "break-glass role, approved in SEC-123`.", List.of(), List.of(),
                    RuleReference.pageOf(SUPPRESSION_WITHOUT_REASON), null),
            new RuleInfo(UNUSED_SUPPRESSION, "unused-suppression", "Suppression comment matches no finding",
                    "An `# authlint:ignore` comment names a rule that reports nothing on the line it covers (the "
                            + "comment's own line, or the next line for a comment on a line of its own), or "
                            + "names no rule at all. Stale suppressions hide future findings.",
                    Severity.LOW, "authlint", "Remove the comment, or move it next to the finding it is meant for.",
                    List.of(), List.of(), RuleReference.pageOf(UNUSED_SUPPRESSION), null));

    private BuiltinRules() {
    }

    /** The built-in rule with this id, if any. */
    public static Optional<RuleInfo> get(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static RuleInfo io(InputProblem problem, String name, String title, String description,
                               String remediation) {
        String id = problem.ruleId();
        return new RuleInfo(id, name, title, description, problem.severity(), "io", remediation, List.of(),
                List.of(), RuleReference.pageOf(id), null);
    }
}

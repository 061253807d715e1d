package dev.authlint.core.suppress;

import dev.authlint.core.finding.SourceLocation;
import java.util.List;

/**
 * One {@code # authlint:ignore} or {@code # authlint:ignore-file} comment.
 *
 * @param location where the comment is written (its {@code #})
 * @param ruleIds the rule ids it names, in the order written
 * @param reason the text after {@code --}, trimmed; empty when none was given
 * @param fileWide true for {@code ignore-file}
 * @param targetLine the line whose findings it suppresses (the comment's own line for a trailing comment, the
 *     next content line for a comment on its own line); ignored when {@code fileWide}
 */
public record SuppressionDirective(SourceLocation location, List<String> ruleIds, String reason, boolean fileWide,
                                   int targetLine) {

    public SuppressionDirective {
        ruleIds = List.copyOf(ruleIds);
        reason = reason == null ? "" : reason.trim();
    }

    /** Whether this directive covers a finding of {@code ruleId} at {@code line} in its file. */
    public boolean covers(String ruleId, String file, int line) {
        return location.file().equals(file) && ruleIds.contains(ruleId)
                && (fileWide || line == targetLine || line == location.line());
    }
}

package dev.authlint.core.policy;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.ToolNotification;
import java.util.List;

/**
 * What the policies found in one run.
 *
 * @param findings findings in no particular order (the caller sorts)
 * @param notifications evaluation errors ({@code error}) and similar problems with the policies themselves
 */
public record PolicyRunResult(List<Finding> findings, List<ToolNotification> notifications) {
    public PolicyRunResult {
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
    }
}

package dev.authlint.core.scan;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.model.DocumentEnvelope;
import dev.authlint.core.source.SourceFile;
import java.util.List;

/**
 * Everything a scan produced, in deterministic order (argument order, then path, then document index).
 *
 * @param files every file found, including those that became IO findings (their text is null)
 * @param documents one envelope per document (per {@code List} item), see docs/input-schema.md
 * @param findings IO001–IO005 input problems, each with file and line
 * @param notifications remarks about the scan itself, e.g. skipped Helm templates (level {@code note})
 */
public record ScanResult(List<SourceFile> files, List<DocumentEnvelope> documents, List<Finding> findings,
                         List<ToolNotification> notifications) {

    public ScanResult {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
    }
}

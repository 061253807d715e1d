package dev.authlint.core.check;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.policy.InputDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scanner read, in the shape the check pipeline uses.
 *
 * @param documents document envelopes in scan order (file, then document index)
 * @param findings input problems ({@code IO001}–{@code IO005})
 * @param notifications scanner notes (e.g. a Helm template skipped)
 * @param texts the text of every readable file by relative path, in scan order
 * @param checkedFiles every file scanned (readable or not), in scan order
 */
public record ScannedInput(List<InputDocument> documents, List<Finding> findings,
                           List<ToolNotification> notifications, Map<String, String> texts,
                           List<String> checkedFiles) {

    public ScannedInput {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        checkedFiles = List.copyOf(checkedFiles);
    }
}

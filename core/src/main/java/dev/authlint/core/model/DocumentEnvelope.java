package dev.authlint.core.model;

import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.source.PositionNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document (or one item of a Kubernetes {@code List}) as policies see it: the envelope of
 * docs/input-schema.md, plus where each of its values was written.
 *
 * @param file the file path as reported ('/'-separated, relative)
 * @param docIndex 0-based index of the document in its file
 * @param itemIndex index in a {@code List}'s {@code items}, or null
 * @param kind authlint's classification ({@link DocumentKind#id()})
 * @param envelope the envelope as JSON-like plain values in a deterministic order; read-only by contract
 * @param positions the positions of the envelope's values (same shape as the envelope)
 */
public record DocumentEnvelope(String file, int docIndex, Integer itemIndex, String kind,
                               Map<String, Object> envelope, PositionNode positions) {

    public DocumentEnvelope {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(positions, "positions");
    }

    /**
     * Where a policy's {@code path} points: the value's line and column; for a path past the last existing
     * value, the key of the nearest existing ancestor; for an empty path, the start of the document.
     */
    public SourceLocation locate(List<?> path) {
        return positions.resolve(path == null ? List.of() : path).toLocation(file);
    }

    /** The parsed document (for a {@code List} item, the item), as conftest-style policies receive it. */
    public Object document() {
        return envelope.get("document");
    }

    /** True when the envelope has the named section ({@code awsAuth}, {@code rbac}, {@code iam}, {@code eksctl}). */
    public boolean hasSection(String name) {
        return envelope.containsKey(name);
    }
}

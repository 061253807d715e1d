package dev.authlint.core.policy;

import dev.authlint.core.finding.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One document envelope as the policy runner needs it (see docs/input-schema.md): the plain-Java envelope and
 * a way to turn a path inside it into a source position.
 *
 * @param file the file path relative to the scan root
 * @param envelope the envelope ({@code file}, {@code kind}, {@code document}, sections…)
 * @param locator resolves a path such as {@code ["rbac", "rules", 2, "verbs", 0]} to a location; a path past
 *     the last existing value resolves to its nearest existing ancestor
 */
public record InputDocument(String file, Map<String, Object> envelope,
                           Function<List<Object>, SourceLocation> locator) {

    public InputDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(locator, "locator");
    }

    public SourceLocation locate(List<Object> path) {
        SourceLocation l = locator.apply(path);
        return l == null ? SourceLocation.ofFile(file) : l;
    }
}

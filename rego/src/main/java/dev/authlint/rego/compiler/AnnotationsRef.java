package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Location;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A METADATA block together with the data path it annotates, as OPA's {@code AnnotationsRef}.
 *
 * @param path        the annotated path without the leading {@code data}, e.g. {@code ["test", "p"]}
 * @param annotations the block, or null for the placeholder entry of an unannotated rule
 * @param location    where the block (or the rule) is
 */
public record AnnotationsRef(List<String> path, Annotations annotations, Location location) {

    public AnnotationsRef {
        path = List.copyOf(path);
    }

    /** The entry as {@code rego.metadata.chain()} returns it: {@code {"path": [...], "annotations": {...}}}. */
    public Map<String, Object> toJava() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (annotations != null) {
            out.put("annotations", annotations.toJava());
        }
        out.put("path", path);
        return out;
    }
}

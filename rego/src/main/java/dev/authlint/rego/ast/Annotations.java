package dev.authlint.rego.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code # METADATA} block, as OPA's {@code ast.Annotations}.
 *
 * @param scope            {@code rule}, {@code document}, {@code package} or {@code subpackages}
 * @param title            the title, or null
 * @param description      the description, or null
 * @param organizations    organization names
 * @param relatedResources links with optional descriptions
 * @param authors          authors with optional emails
 * @param schemas          schema annotations
 * @param entrypoint       true if marked as an entrypoint
 * @param custom           the {@code custom} map as plain Java values (maps, lists, strings, numbers, booleans, null)
 * @param location         where the {@code # METADATA} line is
 */
public record Annotations(String scope, String title, String description, List<String> organizations,
                          List<RelatedResource> relatedResources, List<Author> authors,
                          List<SchemaAnnotation> schemas, boolean entrypoint, Map<String, Object> custom,
                          Location location) implements Node {

    /** Rule scope: applies to the rule below the block only. */
    public static final String SCOPE_RULE = "rule";
    /** Document scope: applies to every rule with the same path. */
    public static final String SCOPE_DOCUMENT = "document";
    /** Package scope: applies to the package below the block. */
    public static final String SCOPE_PACKAGE = "package";
    /** Subpackages scope: applies to the package and all packages under it. */
    public static final String SCOPE_SUBPACKAGES = "subpackages";

    /** A {@code related_resources} entry. */
    public record RelatedResource(String ref, String description) {
    }

    /** An {@code authors} entry. */
    public record Author(String name, String email) {
    }

    /**
     * A {@code schemas} entry: {@code path} is the annotated ref as strings (e.g. {@code ["input"]});
     * either {@code schema} (a ref such as {@code ["schema", "input"]}) or {@code definition} is set.
     */
    public record SchemaAnnotation(List<String> path, List<String> schema, Object definition) {
    }

    public Annotations {
        Objects.requireNonNull(scope, "scope");
        organizations = List.copyOf(organizations);
        relatedResources = List.copyOf(relatedResources);
        authors = List.copyOf(authors);
        schemas = List.copyOf(schemas);
        custom = custom == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    /**
     * The block as OPA prints it in {@code rego.metadata.*} results: only the fields that are set,
     * with OPA's JSON keys ({@code related_resources}, authors as {@code {name, email}}).
     */
    public Map<String, Object> toJava() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!authors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Author a : authors) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (a.email() != null) {
                    m.put("email", a.email());
                }
                if (a.name() != null) {
                    m.put("name", a.name());
                }
                list.add(m);
            }
            out.put("authors", list);
        }
        if (custom != null && !custom.isEmpty()) {
            out.put("custom", custom);
        }
        if (description != null) {
            out.put("description", description);
        }
        if (entrypoint) {
            out.put("entrypoint", true);
        }
        if (!organizations.isEmpty()) {
            out.put("organizations", organizations);
        }
        if (!relatedResources.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (RelatedResource r : relatedResources) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (r.description() != null) {
                    m.put("description", r.description());
                }
                m.put("ref", r.ref());
                list.add(m);
            }
            out.put("related_resources", list);
        }
        if (!schemas.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (SchemaAnnotation s : schemas) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (s.definition() != null) {
                    m.put("definition", s.definition());
                }
                m.put("path", s.path());
                if (s.schema() != null) {
                    m.put("schema", s.schema());
                }
                list.add(m);
            }
            out.put("schemas", list);
        }
        out.put("scope", scope);
        if (title != null) {
            out.put("title", title);
        }
        return out;
    }
}

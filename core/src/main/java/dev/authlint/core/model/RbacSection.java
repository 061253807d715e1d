package dev.authlint.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The {@code rbac} section: a Role, ClusterRole, RoleBinding or ClusterRoleBinding with every list of every
 * rule present (missing ones as {@code []}) in the document's order, so rule indexes match the document's.
 */
final class RbacSection {

    static final String API_GROUP = "rbac.authorization.k8s.io";
    static final String CURRENT_API_VERSION = API_GROUP + "/v1";
    private static final Set<String> KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");
    private static final List<String> RULE_LISTS = List.of("apiGroups", "resources", "verbs", "resourceNames",
            "nonResourceURLs");

    private RbacSection() {
    }

    static boolean isRbac(Located doc) {
        String apiVersion = doc.get("apiVersion").string();
        return apiVersion != null && apiVersion.startsWith(API_GROUP + "/") && KINDS.contains(doc.get("kind").string());
    }

    static Located of(Located doc) {
        String kind = doc.get("kind").string();
        boolean binding = kind.endsWith("Binding");
        Located metadata = doc.get("metadata");
        Located apiVersion = doc.get("apiVersion");
        SectionBuilder section = new SectionBuilder(doc.span())
                .put("kind", doc.get("kind"))
                .put("name", orNull(metadata.get("name")))
                .put("namespace", orNull(metadata.get("namespace")))
                .put("apiVersion", apiVersion)
                .putValue("deprecatedApiVersion", !CURRENT_API_VERSION.equals(apiVersion.string()));
        section.put("rules", binding ? new Located(new ArrayList<>(), null) : rules(doc.get("rules")));
        section.put("aggregationRule", orNull(doc.get("aggregationRule")));
        Located labels = metadata.get("labels");
        section.put("labels", labels.isMap() ? labels : new Located(new LinkedHashMap<>(), null));
        section.put("roleRef", binding ? roleRef(doc.get("roleRef")) : new Located(null, null));
        section.put("subjects", binding ? subjects(doc.get("subjects")) : new Located(new ArrayList<>(), null));
        return section.build();
    }

    private static Located rules(Located rules) {
        if (!rules.isList()) {
            return new Located(new ArrayList<>(), rules.positions());
        }
        List<Located> out = new ArrayList<>();
        for (Located rule : rules.items()) {
            SectionBuilder r = new SectionBuilder(rule.span() != null ? rule.span() : rules.span());
            for (String list : RULE_LISTS) {
                r.put(list, SectionBuilder.asArray(rule.get(list), new ArrayList<>()));
            }
            out.add(r.build());
        }
        return SectionBuilder.list(rules.span(), out).withKeySpanOf(rules);
    }

    private static Located roleRef(Located roleRef) {
        if (!roleRef.isMap()) {
            return orNull(roleRef);
        }
        return new SectionBuilder(roleRef.span())
                .put("apiGroup", orNull(roleRef.get("apiGroup")))
                .put("kind", orNull(roleRef.get("kind")))
                .put("name", orNull(roleRef.get("name")))
                .build().withKeySpanOf(roleRef);
    }

    private static Located subjects(Located subjects) {
        if (!subjects.isList()) {
            return new Located(new ArrayList<>(), subjects.positions());
        }
        List<Located> out = new ArrayList<>();
        for (Located subject : subjects.items()) {
            out.add(new SectionBuilder(subject.span() != null ? subject.span() : subjects.span())
                    .put("kind", orNull(subject.get("kind")))
                    .put("name", orNull(subject.get("name")))
                    .put("namespace", orNull(subject.get("namespace")))
                    .put("apiGroup", orNull(subject.get("apiGroup")))
                    .build());
        }
        return SectionBuilder.list(subjects.span(), out).withKeySpanOf(subjects);
    }

    /** The value, or null (without a position) when it is missing. */
    static Located orNull(Located value) {
        return value.present() || value.value() != null ? value : new Located(null, null);
    }
}

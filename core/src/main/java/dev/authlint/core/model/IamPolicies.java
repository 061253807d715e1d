package dev.authlint.core.model;

import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the IAM policy documents and principals of one document into the {@code iam} section, normalizing
 * each statement: {@code Statement} always an array; {@code Action}, {@code NotAction}, {@code Resource},
 * {@code NotResource} arrays or null; {@code Principal}/{@code NotPrincipal} null or objects of arrays
 * ({@code "*"} → {@code {"AWS": ["*"]}}). A normalized value keeps the position of what the author wrote.
 */
final class IamPolicies {

    private static final List<String> ARRAY_FIELDS = List.of("Action", "NotAction", "Resource", "NotResource");

    private final String source;
    private final Span span;
    private final List<Located> policies = new ArrayList<>();
    private final List<Map<String, Object>> principalValues = new ArrayList<>();
    private final List<Located> principalTemplates = new ArrayList<>();
    private final List<Located> errors = new ArrayList<>();

    IamPolicies(String source, Span span) {
        this.source = source;
        this.span = span;
    }

    boolean isEmpty() {
        return policies.isEmpty() && principalValues.isEmpty() && errors.isEmpty();
    }

    /**
     * Adds a policy document.
     *
     * @param at the path of the document within the envelope (e.g. {@code ["document", "Resources", "R",
     *           "Properties", "PolicyDocument"]})
     * @return its index in {@code policies}
     */
    int addPolicy(Object name, String type, Integer owner, List<Object> at, Located document) {
        SectionBuilder policy = new SectionBuilder(document.span() != null ? document.span() : span)
                .putValue("name", name)
                .putValue("type", type)
                .putValue("owner", owner)
                .putValue("at", List.copyOf(at))
                .put("Version", RbacSection.orNull(document.get("Version")))
                .put("Statement", statements(document.get("Statement")));
        policies.add(policy.build().withKeySpanOf(document));
        return policies.size() - 1;
    }

    /** Adds a principal (role, user or group); its {@code policies} are filled by {@link #attach}. */
    int addPrincipal(String type, Located name, String logicalId, Object arn, Located managedPolicyArns,
                     Span at) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", type);
        values.put("name", name.value());
        values.put("logicalId", logicalId);
        values.put("arn", arn);
        values.put("managedPolicyArns", managedPolicyArns.value() == null ? new ArrayList<>()
                : managedPolicyArns.value());
        values.put("trustPolicy", null);
        values.put("policies", new ArrayList<Integer>());
        principalValues.add(values);
        Map<String, PositionNode> fields = new LinkedHashMap<>();
        if (name.positions() != null) {
            fields.put("name", name.positions());
        }
        if (managedPolicyArns.positions() != null) {
            fields.put("managedPolicyArns", managedPolicyArns.positions());
        }
        principalTemplates.add(new Located(values, PositionNode.mapping(at, fields)));
        return principalValues.size() - 1;
    }

    /** Records that policy {@code policy} belongs to principal {@code principal}. */
    @SuppressWarnings("unchecked")
    void attach(int principal, int policy, boolean trust) {
        Map<String, Object> p = principalValues.get(principal);
        if (trust) {
            p.put("trustPolicy", policy);
        } else {
            ((List<Integer>) p.get("policies")).add(policy);
        }
    }

    /** A policy string that could not be parsed: kept as an error so that it is not silently ignored. */
    void addError(Located written, String message) {
        errors.add(new SectionBuilder(written.span() != null ? written.span() : span)
                .put("message", new Located(message, PositionNode.leaf(written.span() != null ? written.span() : span)))
                .build());
    }

    Located build() {
        SectionBuilder section = new SectionBuilder(span)
                .putValue("source", source)
                .put("policies", SectionBuilder.list(span, policies))
                .put("principals", SectionBuilder.list(span, principalTemplates));
        if (!errors.isEmpty()) {
            section.put("errors", SectionBuilder.list(span, errors));
        }
        return section.build();
    }

    /** True when any statement of a policy document names a principal (a trust policy). */
    static boolean hasPrincipal(Located document) {
        Located statement = document.get("Statement");
        List<Located> all = statement.isList() ? statement.items() : List.of(statement);
        return all.stream().anyMatch(s -> s.get("Principal").present() || s.get("NotPrincipal").present());
    }

    private Located statements(Located statement) {
        Located array = SectionBuilder.asArray(statement, new ArrayList<>());
        if (!array.isList()) {
            return array;
        }
        List<Located> out = new ArrayList<>();
        for (Located s : array.items()) {
            out.add(s.isMap() ? statement(s) : s);
        }
        Span at = array.span() != null ? array.span() : span;
        return SectionBuilder.list(at, out).withKeySpanOf(array);
    }

    private Located statement(Located s) {
        SectionBuilder b = new SectionBuilder(s.span()).put("Sid", RbacSection.orNull(s.get("Sid")))
                .put("Effect", RbacSection.orNull(s.get("Effect")));
        for (String field : ARRAY_FIELDS) {
            b.put(field, SectionBuilder.asArray(s.get(field), null));
        }
        b.put("Principal", principal(s.get("Principal")));
        b.put("NotPrincipal", principal(s.get("NotPrincipal")));
        b.put("Condition", RbacSection.orNull(s.get("Condition")));
        for (Map.Entry<String, Located> extra : s.entries()) {
            // Keys the normalization does not know (typos such as "Actions") stay visible to rules.
            if (!List.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal",
                    "NotPrincipal", "Condition").contains(extra.getKey())) {
                b.put(extra.getKey(), extra.getValue());
            }
        }
        return b.build().withKeySpanOf(s);
    }

    private static Located principal(Located principal) {
        if (principal.value() == null) {
            return new Located(null, principal.positions());
        }
        if (principal.value() instanceof String) {
            Located array = SectionBuilder.asArray(principal, null);
            Span at = principal.span();
            return new SectionBuilder(at).put("AWS", array).build().withKeySpanOf(principal);
        }
        if (!principal.isMap()) {
            return principal;
        }
        SectionBuilder b = new SectionBuilder(principal.span());
        for (Map.Entry<String, Located> e : principal.entries()) {
            b.put(e.getKey(), SectionBuilder.asArray(e.getValue(), null));
        }
        return b.build().withKeySpanOf(principal);
    }
}

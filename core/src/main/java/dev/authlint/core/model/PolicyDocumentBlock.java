package dev.authlint.core.model;

import dev.authlint.core.source.PositionNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Terraform {@code aws_iam_policy_document} data source (HCL-style lower-case blocks) into an IAM policy
 * document with the usual keys, each value at the position of the attribute it comes from: {@code actions} →
 * {@code Action}, {@code principals [{type, identifiers}]} → {@code Principal {type: identifiers}},
 * {@code condition [{test, variable, values}]} → {@code Condition {test: {variable: values}}}, and so on.
 */
final class PolicyDocumentBlock {

    private static final Map<String, String> LISTS = Map.of("actions", "Action", "not_actions", "NotAction",
            "resources", "Resource", "not_resources", "NotResource");

    private PolicyDocumentBlock() {
    }

    static Located toPolicy(Located body) {
        SectionBuilder policy = new SectionBuilder(body.span());
        if (body.get("version").present()) {
            policy.put("Version", body.get("version"));
        }
        Located statements = body.get("statement");
        List<Located> converted = new ArrayList<>();
        for (Located s : statements.isList() ? statements.items() : List.of(statements)) {
            if (s.isMap()) {
                converted.add(statement(s));
            }
        }
        policy.put("Statement", SectionBuilder.list(statements.span() != null ? statements.span() : body.span(),
                converted).withKeySpanOf(statements));
        return policy.build().withKeySpanOf(body);
    }

    private static Located statement(Located s) {
        SectionBuilder out = new SectionBuilder(s.span());
        if (s.get("sid").present()) {
            out.put("Sid", s.get("sid"));
        }
        out.put("Effect", s.get("effect").present() ? s.get("effect") : new Located("Allow", null));
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            if (s.get(list.getKey()).present()) {
                out.put(list.getValue(), s.get(list.getKey()));
            }
        }
        for (String key : List.of("principals", "not_principals")) {
            if (s.get(key).present()) {
                out.put(key.equals("principals") ? "Principal" : "NotPrincipal", principals(s.get(key)));
            }
        }
        if (s.get("condition").present()) {
            out.put("Condition", conditions(s.get("condition")));
        }
        return out.build();
    }

    /** {@code [{type: AWS, identifiers: [...]}, …]} → {@code {"AWS": [...], …}} (same types merged). */
    private static Located principals(Located blocks) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, PositionNode> positions = new LinkedHashMap<>();
        for (Located block : blocks.isList() ? blocks.items() : List.of(blocks)) {
            String type = block.get("type").text();
            Located identifiers = SectionBuilder.asArray(block.get("identifiers"), new ArrayList<>());
            if (type == null || !(identifiers.value() instanceof List<?> ids)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> merged = (List<Object>) values.computeIfAbsent(type, t -> new ArrayList<>());
            merged.addAll(ids);
            if (identifiers.positions() != null) {
                positions.merge(type, identifiers.positions(), (a, b) -> {
                    List<PositionNode> items = new ArrayList<>(a.items());
                    items.addAll(b.items());
                    return PositionNode.sequence(a.span(), items).withKeySpan(a.keySpan());
                });
            }
        }
        return new Located(values, PositionNode.mapping(blocks.span(), positions).withKeySpan(
                blocks.positions() == null ? null : blocks.positions().keySpan()));
    }

    /** {@code [{test, variable, values}, …]} → {@code {test: {variable: values}}}. */
    private static Located conditions(Located blocks) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Map<String, PositionNode>> positions = new LinkedHashMap<>();
        for (Located block : blocks.isList() ? blocks.items() : List.of(blocks)) {
            String test = block.get("test").text();
            String variable = block.get("variable").text();
            if (test == null || variable == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> byVariable = (Map<String, Object>) values.computeIfAbsent(test,
                    t -> new LinkedHashMap<>());
            Located v = SectionBuilder.asArray(block.get("values"), new ArrayList<>());
            byVariable.put(variable, v.value());
            if (v.positions() != null) {
                positions.computeIfAbsent(test, t -> new LinkedHashMap<>()).put(variable, v.positions());
            }
        }
        Map<String, PositionNode> fields = new LinkedHashMap<>();
        positions.forEach((test, vars) -> fields.put(test, PositionNode.mapping(blocks.span(), vars)));
        return new Located(values, PositionNode.mapping(blocks.span(), fields));
    }
}

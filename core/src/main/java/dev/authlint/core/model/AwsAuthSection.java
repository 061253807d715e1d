package dev.authlint.core.model;

import dev.authlint.core.source.ParseProblem;
import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code awsAuth} section of an aws-auth ConfigMap: {@code data.mapRoles}, {@code mapUsers} and
 * {@code mapAccounts} parsed out of their strings, with positions in the outer file, and syntax errors inside
 * those strings as {@code errors}.
 */
final class AwsAuthSection {

    static final List<String> MAP_KEYS = List.of("mapRoles", "mapUsers", "mapAccounts");

    private AwsAuthSection() {
    }

    /**
     * True for a ConfigMap named aws-auth in kube-system. A missing namespace is accepted (the manifest may be
     * applied with {@code -n kube-system}), and so is a fragment with neither kind nor name, such as the output of
     * {@code kubectl edit} trimmed in documentation, when its {@code data} has a {@code mapRoles},
     * {@code mapUsers} or {@code mapAccounts} key.
     */
    static boolean isAwsAuthConfigMap(Located doc) {
        String kind = doc.get("kind").string();
        String name = doc.get("metadata", "name").string();
        String namespace = doc.get("metadata", "namespace").string();
        boolean hasMapKey = MAP_KEYS.stream().anyMatch(k -> doc.get("data", k).present());
        boolean configMap = "ConfigMap".equals(kind) || kind == null && hasMapKey;
        boolean named = "aws-auth".equals(name) || name == null && kind == null && hasMapKey;
        return configMap && named && (namespace == null || "kube-system".equals(namespace));
    }

    static Located fromConfigMap(Located doc, EmbeddedParser parser) {
        Located data = doc.get("data");
        Span span = data.present() ? data.span() : doc.span();
        SectionBuilder section = new SectionBuilder(span).putValue("source", "configmap");
        List<Located> errors = new ArrayList<>();
        for (String key : MAP_KEYS) {
            Located raw = data.get(key);
            if (!raw.present()) {
                continue;
            }
            if (!(raw.value() instanceof String text)) {
                section.put(key, raw); // written as a structure, not a string: kept as it is for rules to flag
                continue;
            }
            EmbeddedParser.Outcome parsed = parser.parseYaml(text, raw);
            if (parsed.problem() == null) {
                section.put(key, parsed.value());
            } else {
                errors.add(error(key, parsed, raw));
            }
        }
        section.put("errors", SectionBuilder.list(span, errors));
        return section.build();
    }

    private static Located error(String key, EmbeddedParser.Outcome parsed, Located raw) {
        Span at = parsed.problem().span();
        String message = parsed.problem().message() + " (line " + parsed.problemLineInString() + " of the " + key
                + " string)";
        Span keySpan = raw.positions().keySpan() != null ? raw.positions().keySpan() : at;
        return new SectionBuilder(at)
                .put("key", new Located(key, PositionNode.leaf(keySpan)))
                .put("message", new Located(message, PositionNode.leaf(at)))
                .build();
    }
}

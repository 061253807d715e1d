package dev.authlint.core.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parameter descriptions from {@code custom.params} of a module's {@code # METADATA} blocks
 * ({@code name: {default: …, description: …}}). The policy runner needs only the defaults, so only the docs read
 * the descriptions.
 */
final class MetadataParams {

    private MetadataParams() {
    }

    /** Parameter name to description, in declaration order; empty when there are none or the YAML is bad. */
    static Map<String, String> descriptions(String source) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("# METADATA")) {
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("#")) {
                i++;
                String l = lines.get(i).substring(1);
                yaml.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
            }
            collect(yaml.toString(), out);
        }
        return out;
    }

    private static void collect(String yaml, Map<String, String> out) {
        Object parsed;
        try {
            parsed = new Yaml(new LoaderOptions()).load(yaml);
        } catch (YAMLException e) {
            return; // the policy loader reports bad METADATA with its line
        }
        if (parsed instanceof Map<?, ?> block && block.get("custom") instanceof Map<?, ?> custom
                && custom.get("params") instanceof Map<?, ?> params) {
            params.forEach((name, spec) -> {
                if (spec instanceof Map<?, ?> m && m.get("description") != null) {
                    out.put(String.valueOf(name), String.valueOf(m.get("description")).strip());
                }
            });
        }
    }
}

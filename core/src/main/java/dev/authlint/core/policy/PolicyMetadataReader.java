package dev.authlint.core.policy;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns a policy module into a {@link PolicyRule}: its package, the result rules it defines ({@code deny},
 * {@code violation}, {@code warn}, and conftest's {@code deny_*} variants) and the fields of its OPA
 * {@code # METADATA} blocks ({@code title}, {@code description}, {@code related_resources} and {@code custom}:
 * {@code id}, {@code severity}, {@code input}, {@code scope}, {@code remediation}, {@code references},
 * {@code related}, {@code params}).
 *
 * <p>It reads the source text rather than the compiled policy because it needs only these few facts, before
 * (and independently of) compilation; the engine still compiles every module and reports its errors.
 */
public final class PolicyMetadataReader {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([A-Za-z_][A-Za-z0-9_.]*)");
    private static final Pattern ENTRYPOINT = Pattern.compile(
            "(?m)^((?:deny|violation|warn)(?:_[A-Za-z0-9_]+)?)(?=[\\s\\[{:=]|$)");
    private static final String HELP = "https://github.com/authlint/authlint/blob/main/docs/rules/";

    private PolicyMetadataReader() {
    }

    /** The package path of a module, if it has a package clause. */
    public static Optional<String> packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Reads a module's rule, if it defines result rules.
     *
     * @throws PolicyException for a METADATA block that is not valid YAML or has a bad severity/scope
     */
    public static Optional<PolicyRule> read(PolicyModule module) {
        String src = module.source();
        Optional<String> pkg = packageOf(src);
        if (pkg.isEmpty()) {
            return Optional.empty();
        }
        Set<String> entrypoints = new LinkedHashSet<>();
        Matcher m = ENTRYPOINT.matcher(src);
        while (m.find()) {
            entrypoints.add(m.group(1));
        }
        if (entrypoints.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> meta = metadata(module);
        Map<String, Object> custom = map(meta.get("custom"));
        boolean authlintStyle = pkg.get().startsWith("authlint.");
        String id = string(custom.get("id"));
        if (id == null) {
            id = authlintStyle ? pkg.get().substring(pkg.get().lastIndexOf('.') + 1) : pkg.get();
        }
        String input = string(custom.get("input"));
        String scopeText = string(custom.get("scope"));
        RuleScope scope;
        String section = null;
        if (!authlintStyle) {
            scope = RuleScope.RAW_DOCUMENT;
        } else if ("repository".equals(scopeText) || "cross".equals(input)) {
            scope = RuleScope.REPOSITORY;
        } else if (scopeText == null || "document".equals(scopeText)) {
            scope = RuleScope.DOCUMENT;
            section = section(input);
        } else {
            throw new PolicyException(module.name(), 1, "custom.scope must be document or repository, not '"
                    + scopeText + "'");
        }
        Severity severity = Severity.HIGH;
        String severityText = string(custom.get("severity"));
        if (severityText != null) {
            try {
                severity = Severity.parse(severityText);
            } catch (IllegalArgumentException e) {
                throw new PolicyException(module.name(), 1, "custom.severity: " + e.getMessage());
            }
        }
        List<String> references = new ArrayList<>(strings(custom.get("references")));
        for (Object r : list(meta.get("related_resources"))) {
            String ref = r instanceof Map<?, ?> rm ? string(rm.get("ref")) : string(r);
            if (ref != null && !references.contains(ref)) {
                references.add(ref);
            }
        }
        String title = Optional.ofNullable(string(meta.get("title"))).orElse(authlintStyle
                ? id : "Custom policy " + pkg.get());
        String kind = input != null ? input : "custom";
        RuleInfo info = new RuleInfo(id, Optional.ofNullable(string(custom.get("name"))).orElse(kebab(title)),
                title, string(meta.get("description")), severity, kind, string(custom.get("remediation")),
                references, strings(custom.get("related")), module.bundled() ? HELP + id + ".md" : null,
                module.name());
        return Optional.of(new PolicyRule(info, pkg.get(), List.copyOf(entrypoints), scope, section,
                paramDefaults(custom.get("params"))));
    }

    /** Maps {@code custom.input} to the envelope section; {@code null} (any document) when absent. */
    static String section(String input) {
        if (input == null) {
            return null;
        }
        return switch (input) {
            case "aws-auth", "awsAuth", "aws_auth" -> "awsAuth";
            default -> input;
        };
    }

    /**
     * Parameter defaults from {@code custom.params}, written either as {@code name: {default: v, description: …}},
     * as {@code name: v}, or as a list of {@code {name, default}}.
     */
    private static Map<String, Object> paramDefaults(Object params) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> vm && vm.containsKey("default")
                    ? vm.get("default") : v));
        } else if (params instanceof List<?> pl) {
            for (Object o : pl) {
                if (o instanceof Map<?, ?> om && om.get("name") != null) {
                    out.put(String.valueOf(om.get("name")), om.get("default"));
                }
            }
        }
        return out;
    }

    /** All METADATA blocks of the module merged in file order (a rule block after the package block wins). */
    private static Map<String, Object> metadata(PolicyModule module) {
        Map<String, Object> merged = new LinkedHashMap<>();
        List<String> lines = module.source().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("# METADATA")) {
                continue;
            }
            int start = i;
            StringBuilder yaml = new StringBuilder();
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("#")) {
                i++;
                String l = lines.get(i).substring(1);
                yaml.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
            }
            Object parsed;
            try {
                parsed = new Yaml(new LoaderOptions()).load(yaml.toString());
            } catch (YAMLException e) {
                throw new PolicyException(module.name(), start + 1, "METADATA block is not valid YAML: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            Map<String, Object> block = map(parsed);
            Map<String, Object> custom = map(merged.get("custom"));
            Map<String, Object> newCustom = new LinkedHashMap<>(custom);
            newCustom.putAll(map(block.get("custom")));
            merged.putAll(block);
            if (!newCustom.isEmpty()) {
                merged.put("custom", newCustom);
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(PolicyMetadataReader::string).filter(s -> s != null).toList();
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }

    private static String kebab(String title) {
        String k = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return k.length() > 60 ? k.substring(0, 60).replaceAll("-[^-]*$", "") : k;
    }
}

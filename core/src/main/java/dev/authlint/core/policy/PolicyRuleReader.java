package dev.authlint.core.policy;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.parser.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a policy module into a {@link PolicyRule}: its package, the result rules it defines ({@code deny},
 * {@code violation}, {@code warn}, and conftest's {@code deny_*} variants) and the fields of its OPA
 * {@code # METADATA} blocks ({@code title}, {@code description}, {@code related_resources} and {@code custom}:
 * {@code id}, {@code severity}, {@code input}, {@code scope}, {@code remediation}, {@code references},
 * {@code related}, {@code params}).
 *
 * <p>The module is parsed by the Rego engine's parser, which also parses and validates the METADATA blocks, so
 * authlint and {@code rego.metadata.*} read them the same way. Parsing (not compiling) is enough here: listing
 * rules must stay cheap, and compile errors are reported when the policies are compiled for a check.
 */
public final class PolicyRuleReader {

    private static final Pattern ENTRYPOINT = Pattern.compile("(?:deny|violation|warn)(?:_[A-Za-z0-9_]+)?");

    private PolicyRuleReader() {
    }

    /**
     * Parses a module and reads its rule, if it defines result rules.
     *
     * @param version the syntax to parse with (a v0 module importing {@code rego.v1} is read as v1)
     * @throws PolicyException when the module does not parse, its METADATA is invalid, or custom.severity or
     *     custom.scope has a bad value; the message starts with {@code file:line}
     */
    public static Optional<PolicyRule> read(PolicyModule module, RegoVersion version) {
        return read(module, parse(module, version));
    }

    /**
     * Parses a module with the engine's parser.
     *
     * @throws PolicyException when it does not parse or its METADATA is invalid; the message starts with
     *     {@code file:line}
     */
    public static Module parse(PolicyModule module, RegoVersion version) {
        try {
            return Parser.parseModule(module.name(), module.source(), version);
        } catch (RegoException e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }

    /** The package path of a parsed module without the {@code data.} prefix, e.g. {@code authlint.rules.AA002}. */
    public static String packageOf(Module parsed) {
        String dotted = parsed.pkg().path().toDottedName();
        return dotted.startsWith("data.") ? dotted.substring("data.".length()) : dotted;
    }

    /** Reads the rule of an already parsed module, if it defines result rules. */
    public static Optional<PolicyRule> read(PolicyModule module, Module parsed) {
        String pkg = packageOf(parsed);
        Set<String> entrypoints = new LinkedHashSet<>();
        for (Rule r : parsed.rules()) {
            if (ENTRYPOINT.matcher(r.head().name()).matches()) {
                entrypoints.add(r.head().name());
            }
        }
        if (entrypoints.isEmpty()) {
            return Optional.empty();
        }
        Metadata meta = Metadata.merge(parsed.annotations());
        Map<String, Object> custom = meta.custom();
        int line = meta.line();
        boolean authlintStyle = pkg.startsWith("authlint.");
        String id = string(custom.get("id"));
        if (id == null) {
            id = authlintStyle ? pkg.substring(pkg.lastIndexOf('.') + 1) : pkg;
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
            throw new PolicyException(module.name(), line, "custom.scope must be document or repository, not '"
                    + scopeText + "'");
        }
        Severity severity = Severity.HIGH;
        String severityText = string(custom.get("severity"));
        if (severityText != null) {
            try {
                severity = Severity.parse(severityText);
            } catch (IllegalArgumentException e) {
                throw new PolicyException(module.name(), line, "custom.severity: " + e.getMessage());
            }
        }
        List<String> references = new ArrayList<>(strings(custom.get("references")));
        meta.relatedResources().stream().filter(r -> !references.contains(r)).forEach(references::add);
        String title = Optional.ofNullable(meta.title()).orElse(authlintStyle ? id : "Custom policy " + pkg);
        String kind = input != null ? input : "custom";
        RuleInfo info = new RuleInfo(id, Optional.ofNullable(string(custom.get("name"))).orElse(kebab(title)),
                title, meta.description(), severity, kind, string(custom.get("remediation")),
                references, strings(custom.get("related")), module.bundled() ? RuleReference.pageOf(id) : null,
                module.name());
        return Optional.of(new PolicyRule(info, pkg, List.copyOf(entrypoints), scope, section,
                params(custom.get("params"))));
    }

    /**
     * The METADATA blocks of one module merged in file order: a later block's title, description and
     * related resources replace earlier ones, and its {@code custom} keys are added to or replace earlier keys
     * (so a rule block after the package block wins).
     */
    private record Metadata(String title, String description, List<String> relatedResources,
                            Map<String, Object> custom, int line) {

        static Metadata merge(List<Annotations> blocks) {
            String title = null;
            String description = null;
            List<String> related = List.of();
            Map<String, Object> custom = new LinkedHashMap<>();
            int line = 1;
            for (Annotations a : blocks) {
                title = a.title() != null ? a.title().strip() : title;
                description = a.description() != null ? a.description().strip() : description;
                if (!a.relatedResources().isEmpty()) {
                    related = a.relatedResources().stream().map(Annotations.RelatedResource::ref).toList();
                }
                if (a.custom() != null && !a.custom().isEmpty()) {
                    custom.putAll(a.custom());
                    line = a.location() == null ? line : a.location().row();
                }
            }
            return new Metadata(title, description, related, custom, line);
        }
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
     * Parameters from {@code custom.params}, written either as {@code name: {default: v, description: …}},
     * as {@code name: v}, or as a list of {@code {name, default, description}}.
     */
    private static List<RuleParam> params(Object params) {
        List<RuleParam> out = new ArrayList<>();
        if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> out.add(v instanceof Map<?, ?> vm
                    ? new RuleParam(String.valueOf(k), vm.containsKey("default") ? vm.get("default") : v,
                            string(vm.get("description")))
                    : new RuleParam(String.valueOf(k), v, null)));
        } else if (params instanceof List<?> pl) {
            for (Object o : pl) {
                if (o instanceof Map<?, ?> om && om.get("name") != null) {
                    out.add(new RuleParam(String.valueOf(om.get("name")), om.get("default"),
                            string(om.get("description"))));
                }
            }
        }
        return out;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(PolicyRuleReader::string).filter(s -> s != null).toList();
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }

    private static String kebab(String title) {
        String k = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return k.length() > 60 ? k.substring(0, 60).replaceAll("-[^-]*$", "") : k;
    }
}

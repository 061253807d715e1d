package dev.authlint.rego.parser;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Import;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Package;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.lexer.Comment;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds {@code # METADATA} comment blocks, parses their YAML and attaches each to the statement
 * that follows it, with OPA's default scopes and scope errors ({@code v1/ast/annotations.go}).
 */
final class MetadataParser {

    private static final Set<String> SCOPES = Set.of(
            Annotations.SCOPE_RULE, Annotations.SCOPE_DOCUMENT, Annotations.SCOPE_PACKAGE,
            Annotations.SCOPE_SUBPACKAGES);

    /** The blocks of one module: all of them, and those attached to each rule. */
    record Attached(List<Annotations> all, Map<Rule, List<Annotations>> byRule) {
        List<Annotations> forRule(Rule rule) {
            return byRule.getOrDefault(rule, List.of());
        }
    }

    private record Block(int row, int lastRow, List<String> lines) {
    }

    private final String file;
    private final List<Comment> comments;
    private final List<RegoError> errors;

    MetadataParser(String file, List<Comment> comments, List<RegoError> errors) {
        this.file = file;
        this.comments = comments;
        this.errors = errors;
    }

    Attached attach(List<Parser.StatementPosition> statements) {
        List<Annotations> all = new ArrayList<>();
        Map<Rule, List<Annotations>> byRule = new IdentityHashMap<>();
        for (Block block : blocks()) {
            Location at = new Location(file, block.row(), 1);
            Parser.StatementPosition target = null;
            for (Parser.StatementPosition s : statements) {
                if (s.row() > block.lastRow()) {
                    target = s;
                    break;
                }
            }
            Map<String, Object> yaml = parseYaml(block, at);
            if (yaml == null) {
                continue;
            }
            Annotations annotations = build(yaml, target == null ? null : target.node(), at);
            if (annotations == null) {
                continue;
            }
            all.add(annotations);
            if (target != null && target.node() instanceof Rule rule) {
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(annotations);
            }
        }
        return new Attached(all, byRule);
    }

    /** Runs of comment lines that start with a `# METADATA` line at column 1. */
    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            if (c.col() != 1 || !c.text().strip().equals("METADATA")) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            int last = c.row();
            int j = i + 1;
            while (j < comments.size() && comments.get(j).row() == last + 1 && comments.get(j).col() == 1
                    && !comments.get(j).text().strip().equals("METADATA")) {
                String text = comments.get(j).text();
                lines.add(text.startsWith(" ") ? text.substring(1) : text);
                last = comments.get(j).row();
                j++;
            }
            blocks.add(new Block(c.row(), last, lines));
            i = j - 1;
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parseYaml(Block block, Location at) {
        // Every comment line ends with a newline, as in OPA, so a YAML block scalar (`description: |`)
        // keeps its final line break.
        StringBuilder joined = new StringBuilder();
        block.lines().forEach(line -> joined.append(line).append('\n'));
        String text = joined.toString();
        if (text.isBlank()) {
            error(at, "expected METADATA block, found whitespace");
            return null;
        }
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (parsed == null) {
                return new LinkedHashMap<>();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                error(at, "yaml: unmarshal errors: METADATA block must be a YAML mapping");
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), jsonLike(e.getValue()));
            }
            return out;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            error(at, "yaml: line %d: %s", line, e.getProblem());
            return null;
        } catch (YAMLException e) {
            error(at, "yaml: %s", e.getMessage());
            return null;
        }
    }

    /**
     * Restricts YAML values to what JSON (and so Rego) can hold, as OPA's YAML-to-JSON step does:
     * map keys become strings, timestamps ISO-8601 strings, binary base64, non-finite numbers strings.
     */
    static Object jsonLike(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), jsonLike(x)));
            return out;
        }
        if (v instanceof java.util.Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(jsonLike(x)));
            return out;
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant().toString();
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.toString();
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return String.valueOf(v);
    }

    private Annotations build(Map<String, Object> yaml, Object target, Location at) {
        String scope = yaml.get("scope") == null ? null : String.valueOf(yaml.get("scope"));
        boolean entrypoint = Boolean.TRUE.equals(yaml.get("entrypoint"));
        if (scope == null) {
            // OPA's defaults; an import gets the (invalid) scope "import".
            if (target instanceof Package) {
                scope = Annotations.SCOPE_PACKAGE;
            } else if (target instanceof Rule) {
                scope = entrypoint ? Annotations.SCOPE_DOCUMENT : Annotations.SCOPE_RULE;
            } else if (target instanceof Import) {
                scope = "import";
            } else {
                scope = "";
            }
        }
        if (!SCOPES.contains(scope)) {
            error(at, "invalid annotation scope '%s'", scope);
            return null;
        }
        boolean onRule = target instanceof Rule;
        boolean onPackage = target instanceof Package;
        String have = target == null ? "" : " (have " + describe(target) + ")";
        if ((scope.equals(Annotations.SCOPE_RULE) || scope.equals(Annotations.SCOPE_DOCUMENT)) && !onRule) {
            error(at, "annotation scope '%s' must be applied to rule%s", scope, have);
            return null;
        }
        if ((scope.equals(Annotations.SCOPE_PACKAGE) || scope.equals(Annotations.SCOPE_SUBPACKAGES)) && !onPackage) {
            error(at, "annotation scope '%s' must be applied to package%s", scope, have);
            return null;
        }
        if (entrypoint && !(scope.equals(Annotations.SCOPE_DOCUMENT) || scope.equals(Annotations.SCOPE_PACKAGE))) {
            error(at, "annotation entrypoint applied to non-document or package scope '%s'", scope);
            return null;
        }
        try {
            return new Annotations(scope, string(yaml, "title"), string(yaml, "description"),
                    strings(yaml.get("organizations"), "organizations"),
                    relatedResources(yaml.get("related_resources")), authors(yaml.get("authors")),
                    schemas(yaml.get("schemas")), entrypoint, custom(yaml.get("custom")), at);
        } catch (IllegalArgumentException e) {
            error(at, "%s", e.getMessage());
            return null;
        }
    }

    private static String describe(Object target) {
        if (target instanceof Rule) {
            return "rule";
        }
        if (target instanceof Package) {
            return "package";
        }
        return "import";
    }

    private static String string(Map<String, Object> yaml, String key) {
        Object v = yaml.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static List<String> strings(Object v, String what) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(what + " must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static List<Annotations.RelatedResource> relatedResources(Object v) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("invalid related-resource definition: expected a list");
        }
        List<Annotations.RelatedResource> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                Object ref = m.get("ref");
                if (ref == null) {
                    throw new IllegalArgumentException("'ref' value required in object");
                }
                out.add(new Annotations.RelatedResource(String.valueOf(ref),
                        m.get("description") == null ? null : String.valueOf(m.get("description"))));
            } else if (o instanceof String s) {
                out.add(new Annotations.RelatedResource(s, null));
            } else {
                throw new IllegalArgumentException("invalid related-resource definition " + o);
            }
        }
        return out;
    }

    private static List<Annotations.Author> authors(Object v) {
        if (v == null) {
            return List.of();
        }
        List<?> list = v instanceof List<?> l ? l : List.of(v);
        List<Annotations.Author> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                Object name = m.get("name");
                Object email = m.get("email");
                if (name == null && email == null) {
                    throw new IllegalArgumentException("author must have either name or email");
                }
                out.add(new Annotations.Author(name == null ? null : String.valueOf(name),
                        email == null ? null : String.valueOf(email)));
            } else if (o instanceof String s) {
                out.add(parseAuthor(s));
            } else {
                throw new IllegalArgumentException("invalid author definition " + o);
            }
        }
        return out;
    }

    /** "Jane Doe <jane@example.com>" → name and email, as OPA's parseAuthor. */
    private static Annotations.Author parseAuthor(String s) {
        String text = s.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("author is an empty string");
        }
        String[] parts = text.split("\\s+");
        String last = parts[parts.length - 1];
        if (last.length() >= 2 && last.startsWith("<") && last.endsWith(">")) {
            String email = last.substring(1, last.length() - 1).strip();
            String name = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)).strip();
            return new Annotations.Author(name.isEmpty() ? null : name, email.isEmpty() ? null : email);
        }
        return new Annotations.Author(text, null);
    }

    private static List<Annotations.SchemaAnnotation> schemas(Object v) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("schemas must be a list");
        }
        List<Annotations.SchemaAnnotation> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || m.size() != 1) {
                throw new IllegalArgumentException("invalid schema annotation " + o);
            }
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            List<String> path = List.of(String.valueOf(e.getKey()).split("\\."));
            Object schema = e.getValue();
            if (schema instanceof String ref) {
                out.add(new Annotations.SchemaAnnotation(path, List.of(ref.split("\\.")), null));
            } else {
                out.add(new Annotations.SchemaAnnotation(path, null, schema));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> custom(Object v) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("invalid custom annotation: must be a map");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), val));
        return out;
    }

    private void error(Location at, String format, Object... args) {
        errors.add(RegoError.of(RegoError.PARSE_ERROR, at, format, args));
    }
}

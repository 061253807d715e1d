package dev.authlint.core.config;

import dev.authlint.core.finding.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .authlint.yaml} strictly: every unknown key and every value of the wrong type is a
 * {@link ConfigException} naming the key and its line. The YAML is read as a node tree (not as plain maps) so
 * that every error can point at a line.
 *
 * <pre>
 * failOn: high                 # critical|high|medium|low|info|never
 * include: ["clusters/**"]
 * exclude: ["**&#47;testdata/**"]
 * policies: [policy/]          # custom Rego, relative to this file
 * data: [policy/data.yaml]
 * rules:
 *   RB014: off                 # on|off|true|false or a severity
 *   AA007: {severity: medium}  # or {enabled: false}
 * params:
 *   breakGlassArns: ["arn:aws:iam::111122223333:role/break-glass"]
 * timeout: 10s                 # per policy evaluation: ms, s, m or h
 * </pre>
 */
public final class ConfigLoader {

    /** The file name looked up from the scan root upwards. */
    public static final String FILE_NAME = ".authlint.yaml";

    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of("failOn", "include", "exclude", "policies", "data", "rules", "params", "timeout");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private final String displayName;
    private final Path baseDir;

    private ConfigLoader(String displayName, Path baseDir) {
        this.displayName = displayName;
        this.baseDir = baseDir;
    }

    /**
     * Looks for {@value #FILE_NAME} in {@code start} (a folder, or a file's folder) and its ancestors.
     *
     * @return the nearest config file, if any
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Loads a config file; relative paths inside it are resolved against its folder.
     *
     * @throws ConfigException for unreadable files, syntax errors, unknown keys and bad values
     */
    public static AuthlintConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read config file: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return new ConfigLoader(file.toString(), dir).parse(file, new StringReader(text));
    }

    /** Parses config text (for tests and stdin); {@code baseDir} resolves relative paths. */
    public static AuthlintConfig parse(String displayName, Path baseDir, String text) {
        return new ConfigLoader(displayName, baseDir).parse(null, new StringReader(text));
    }

    private AuthlintConfig parse(Path source, Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(displayName, line, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(displayName, 0, "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            return withSource(AuthlintConfig.DEFAULTS, source);
        }
        MappingNode map = mapping(root, "the config file");
        Severity failOn = null;
        boolean failNever = false;
        List<String> include = List.of();
        List<String> exclude = List.of();
        List<Path> policies = List.of();
        List<Path> data = List.of();
        Map<String, RuleSetting> rules = Map.of();
        Map<String, Object> params = Map.of();
        Map<String, Integer> paramLines = Map.of();
        Duration timeout = null;
        for (NodeTuple t : map.getValue()) {
            String key = keyOf(t);
            Node value = t.getValueNode();
            switch (key) {
                case "failOn" -> {
                    String s = scalar(value, key);
                    if ("never".equalsIgnoreCase(s.trim())) {
                        failNever = true;
                    } else {
                        failOn = severity(value, key, s);
                    }
                }
                case "include" -> include = strings(value, key);
                case "exclude" -> exclude = strings(value, key);
                case "policies" -> policies = paths(value, key);
                case "data" -> data = paths(value, key);
                case "rules" -> rules = rules(value);
                case "params" -> {
                    MappingNode p = mapping(value, key);
                    Map<String, Object> ps = new LinkedHashMap<>();
                    Map<String, Integer> lines = new LinkedHashMap<>();
                    for (NodeTuple pt : p.getValue()) {
                        String name = scalar(pt.getKeyNode(), "params key");
                        ps.put(name, toJava(pt.getValueNode(), "params." + name));
                        lines.put(name, line(pt.getKeyNode()));
                    }
                    params = ps;
                    paramLines = lines;
                }
                case "timeout" -> timeout = duration(value, key);
                default -> throw error(t.getKeyNode(), "unknown key '" + key + "' (expected one of "
                        + String.join(", ", TOP_LEVEL_KEYS.stream().sorted().toList()) + ")");
            }
        }
        return new AuthlintConfig(source, failOn, failNever, include, exclude, policies, data, rules, params,
                paramLines, timeout);
    }

    private static AuthlintConfig withSource(AuthlintConfig c, Path source) {
        return new AuthlintConfig(source, c.failOn(), c.failNever(), c.include(), c.exclude(), c.policies(),
                c.data(), c.rules(), c.params(), c.paramLines(), c.timeout());
    }

    private Map<String, RuleSetting> rules(Node node) {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(node, "rules").getValue()) {
            String id = scalar(t.getKeyNode(), "rules key");
            if (!RULE_ID.matcher(id).matches()) {
                throw error(t.getKeyNode(), "'" + id + "' is not a rule id (expected e.g. RB001)");
            }
            String where = "rules." + id;
            int line = line(t.getKeyNode());
            Node v = t.getValueNode();
            RuleSetting setting;
            if (v instanceof ScalarNode) {
                String s = scalar(v, where).trim().toLowerCase(Locale.ROOT);
                setting = switch (s) {
                    case "on", "true", "enabled" -> new RuleSetting(id, true, null, line);
                    case "off", "false", "disabled" -> new RuleSetting(id, false, null, line);
                    default -> new RuleSetting(id, true, severityOrError(v, where, s,
                            "on, off, or a severity (critical, high, medium, low, info)"), line);
                };
            } else {
                boolean enabled = true;
                Severity severity = null;
                for (NodeTuple rt : mapping(v, where).getValue()) {
                    String k = keyOf(rt);
                    switch (k) {
                        case "enabled" -> enabled = bool(rt.getValueNode(), where + ".enabled");
                        case "severity" -> severity = severity(rt.getValueNode(), where + ".severity",
                                scalar(rt.getValueNode(), where + ".severity"));
                        default -> throw error(rt.getKeyNode(), "unknown key '" + where + "." + k
                                + "' (expected enabled or severity)");
                    }
                }
                setting = new RuleSetting(id, enabled, severity, line);
            }
            out.put(id, setting);
        }
        return out;
    }

    private List<Path> paths(Node node, String key) {
        List<Path> out = new ArrayList<>();
        for (String s : strings(node, key)) {
            out.add(baseDir == null ? Path.of(s) : baseDir.resolve(s).normalize());
        }
        return out;
    }

    /** A list of strings; a single string is accepted as a one-element list. */
    private List<String> strings(Node node, String key) {
        if (node instanceof ScalarNode) {
            return List.of(scalar(node, key));
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "'" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode) || item.getTag().equals(Tag.NULL)) {
                throw error(item, "'" + key + "' must be a list of strings");
            }
            out.add(((ScalarNode) item).getValue());
        }
        return out;
    }

    private String keyOf(NodeTuple t) {
        return scalar(t.getKeyNode(), "key");
    }

    private MappingNode mapping(Node node, String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, "'" + what + "' must be a mapping");
        }
        // The node API does not reject duplicate keys (only construction does), and a silently ignored
        // duplicate is exactly the kind of config mistake that hides a rule change.
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                throw error(k, "duplicate key '" + k.getValue() + "' in '" + what + "'");
            }
        }
        return m;
    }

    private String scalar(Node node, String key) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw error(node, "'" + key + "' must be a single value");
    }

    private boolean bool(Node node, String key) {
        String s = scalar(node, key).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw error(node, "'" + key + "' must be true or false, not '" + s + "'");
        };
    }

    private Duration duration(Node node, String key) {
        String text = scalar(node, key);
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(node, "bad value '" + text + "' for '" + key + "' (expected " + Durations.EXPECTED + ")");
        }
    }

    private Severity severity(Node node, String key, String text) {
        return severityOrError(node, key, text, "critical, high, medium, low, info"
                + ("failOn".equals(key) ? " or never" : ""));
    }

    private Severity severityOrError(Node node, String key, String text, String expected) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(node, "bad value '" + text + "' for '" + key + "' (expected " + expected + ")");
        }
    }

    /** Converts a parameter value to plain Java (Map/List/String/Long/Double/Boolean/null) for Rego. */
    private Object toJava(Node node, String key) {
        if (node instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = scalar(t.getKeyNode(), key + " key");
                out.put(k, toJava(t.getValueNode(), key + "." + k));
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            for (Node item : s.getValue()) {
                out.add(toJava(item, key));
            }
            return out;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return bool(node, key);
        }
        if (tag.equals(Tag.INT)) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v; // octal/hex/sexagesimal YAML 1.1 forms: keep the author's text
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private ConfigException error(Node node, String message) {
        return new ConfigException(displayName, line(node), message);
    }
}

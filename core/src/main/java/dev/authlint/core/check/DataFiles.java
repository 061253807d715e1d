package dev.authlint.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads {@code --data} documents (JSON, or YAML for any other extension) and merges them into one
 * {@code data} tree, like {@code opa eval --data} and conftest do: objects merge key by key, any other clash is
 * an error naming both files.
 */
final class DataFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DataFiles() {
    }

    /** Loads and merges {@code files}; later files add to earlier ones. */
    static Map<String, Object> load(List<Path> files) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (Path f : files) {
            Map<String, Object> doc = read(f);
            merge(merged, doc, "", f.toString(), origin);
        }
        return merged;
    }

    /** Puts {@code value} at {@code key} in {@code target}, merging nested objects. */
    static void merge(Map<String, Object> target, Map<String, Object> source, String prefix, String file,
                      Map<String, String> origin) {
        for (Map.Entry<String, Object> e : source.entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object existing = target.get(e.getKey());
            if (existing instanceof Map<?, ?> em && e.getValue() instanceof Map<?, ?> sm) {
                @SuppressWarnings("unchecked")
                Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) em);
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) sm;
                merge(t, s, path, file, origin);
                target.put(e.getKey(), t);
            } else if (target.containsKey(e.getKey())) {
                throw new ConfigException(file, 0, "data key '" + path + "' is already defined by "
                        + origin.getOrDefault(path, "another data file"));
            } else {
                target.put(e.getKey(), e.getValue());
                origin.put(path, file);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path f) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(f.toString(), 0, "cannot read data file: " + e.getMessage());
        }
        Object value;
        if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            try {
                value = JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new ConfigException(f.toString(), line, "invalid JSON: " + e.getOriginalMessage());
            }
        } else {
            try {
                value = new Yaml(new LoaderOptions()).load(text);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                throw new ConfigException(f.toString(), line, "invalid YAML: " + e.getProblem());
            } catch (YAMLException e) {
                throw new ConfigException(f.toString(), 0, "invalid YAML: " + e.getMessage());
            }
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new ConfigException(f.toString(), 1, "a data file must hold an object at the top level");
        }
        return (Map<String, Object>) stringKeys(value);
    }

    /** YAML allows keys such as {@code 1} or {@code true}; data documents are JSON, so keys become strings. */
    private static Object stringKeys(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), stringKeys(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(DataFiles::stringKeys).collect(java.util.stream.Collectors.toList());
        }
        return value;
    }
}

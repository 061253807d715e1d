package dev.authlint.rego.tester;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Reads JSON or YAML documents (inputs, data files) into Rego values; YAML keeps numbers exact. */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** True for names ending in {@code .yaml} or {@code .yml}. */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Reads one document: YAML by extension, otherwise JSON. A YAML stream with several documents yields its
     * first.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not well-formed (the message says why)
     */
    public static Value read(Path file) throws IOException {
        if (isYaml(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Values.fromJava(ExactYaml.load(reader));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }
        return Values.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Deep-merges two objects as OPA merges data files: objects merge key by key; equal values are fine;
     * different non-object values at one key are an error.
     *
     * @throws IllegalArgumentException naming the conflicting key
     */
    public static ObjectValue merge(ObjectValue into, ObjectValue from) {
        ObjectValue.Builder merged = ObjectValue.builder().putAll(into);
        for (Map.Entry<Value, Value> e : from.entries()) {
            Value existing = into.get(e.getKey());
            if (existing instanceof ObjectValue a && e.getValue() instanceof ObjectValue b) {
                merged.put(e.getKey(), merge(a, b));
            } else if (existing != null && !existing.equals(e.getValue())) {
                throw new IllegalArgumentException("conflicting values for key " + e.getKey().toRegoString());
            } else {
                merged.put(e.getKey(), e.getValue());
            }
        }
        return merged.build();
    }
}

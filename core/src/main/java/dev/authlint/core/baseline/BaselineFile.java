package dev.authlint.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.authlint.core.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes baseline files: pretty-printed JSON, one entry per finding, sorted, so that a baseline
 * diff in a pull request shows exactly which findings were accepted or fixed.
 *
 * <pre>
 * {"version": 1, "findings": [{"fingerprint": "…", "ruleId": "AA002", "file": "aws-auth.yaml", "message": "…"}]}
 * </pre>
 */
public final class BaselineFile {

    /** The format version written and accepted. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** The baseline as JSON text (with a trailing newline). */
    public static String toJson(Baseline baseline) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("findings");
        for (Baseline.Entry e : baseline.entries()) {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("ruleId", e.ruleId());
            n.put("file", e.file());
            n.put("message", e.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a tree of strings", e);
        }
    }

    /**
     * Reads a baseline file.
     *
     * @throws ConfigException when the file is missing, unreadable or not a baseline (exit code 2)
     */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file.toString(), line, "baseline is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read baseline: " + e);
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new ConfigException(file.toString(), 1,
                    "not an authlint baseline (expected {\"version\": 1, \"findings\": [...]}); "
                            + "create one with 'authlint baseline -o " + file + "'");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new ConfigException(file.toString(), 1, "unsupported baseline version "
                    + root.path("version") + " (expected " + VERSION + ")");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            String fp = n.path("fingerprint").asText("");
            if (fp.isEmpty()) {
                throw new ConfigException(file.toString(), 0, "findings[" + i + "] has no fingerprint");
            }
            entries.add(new Baseline.Entry(fp, n.path("ruleId").asText(""), n.path("file").asText(""),
                    n.path("message").asText("")));
            i++;
        }
        return new Baseline(entries);
    }
}

package dev.authlint.rego;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * All solutions of one query evaluation; empty when the query is undefined.
 *
 * @param results     the solutions in the order found
 * @param queryTexts  the text of each query expression, for {@link #toJson()}
 * @param queryPlaces the location of each query expression, for {@link #toJson()}
 */
public record ResultSet(List<Result> results, List<String> queryTexts, List<Location> queryPlaces) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ResultSet {
        results = List.copyOf(results);
        queryTexts = List.copyOf(queryTexts);
        queryPlaces = List.copyOf(queryPlaces);
    }

    /** True when the query had no solution (it is undefined). */
    public boolean isEmpty() {
        return results.isEmpty();
    }

    /**
     * The results as {@code opa eval --format json} prints them: {@code {}} when undefined,
     * otherwise {@code {"result": [{"expressions": [...], "bindings": {...}}]}}.
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (!results.isEmpty()) {
                g.writeArrayFieldStart("result");
                for (Result r : results) {
                    writeResult(g, r);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeResult(JsonGenerator g, Result r) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("expressions");
        for (int i = 0; i < r.expressions().size(); i++) {
            Value v = r.expressions().get(i);
            g.writeStartObject();
            if (v != null) {
                g.writeFieldName("value");
                Values.write(g, v);
            }
            g.writeStringField("text", i < queryTexts.size() ? queryTexts.get(i) : "");
            Location loc = i < queryPlaces.size() ? queryPlaces.get(i) : null;
            if (loc != null) {
                g.writeObjectFieldStart("location");
                g.writeNumberField("row", loc.row());
                g.writeNumberField("col", loc.col());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.bindings().isEmpty()) {
            g.writeObjectFieldStart("bindings");
            for (Map.Entry<String, Value> e : new java.util.TreeMap<>(r.bindings()).entrySet()) {
                g.writeFieldName(e.getKey());
                Values.write(g, e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}

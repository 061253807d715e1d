package dev.authlint.rego.conformance;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation of a case produced: the solutions (bindings and expression values) or the error,
 * plus the {@code print()} lines.
 */
record Outcome(List<Solution> solutions, RegoException error, List<String> prints) {

    /** One solution of the query. */
    record Solution(Map<String, Value> bindings, List<Value> expressions) {
    }

    Outcome {
        solutions = List.copyOf(solutions);
        prints = List.copyOf(prints);
    }

    boolean failed() {
        return error != null;
    }

    /** Every text form of the error a {@code want_error} substring may be matched against. */
    List<String> errorTexts() {
        List<String> texts = new ArrayList<>();
        if (error.getMessage() != null) {
            texts.add(error.getMessage());
        }
        for (RegoError e : error.errors()) {
            texts.add(e.toString());
            String where = e.location() == null ? "" : e.location().file() + ":" + e.location().row() + ": ";
            texts.add(where + e.code() + ": " + e.message());
        }
        return texts;
    }

    List<String> errorCodes() {
        return error.errors().stream().map(RegoError::code).toList();
    }

    /** A short description for failure reports. */
    String describe() {
        if (error != null) {
            return "error: " + (error.errors().isEmpty() ? error.getMessage() : error.errors().get(0).toString());
        }
        if (solutions.isEmpty()) {
            return "no result (undefined)";
        }
        List<String> rows = new ArrayList<>();
        for (Solution s : solutions) {
            rows.add(s.bindings().isEmpty() ? expressionsText(s) : bindingsText(s.bindings()));
        }
        return rows.size() + " result(s): " + String.join(", ", rows);
    }

    private static String expressionsText(Solution s) {
        return s.expressions().stream().map(Value::toRegoString).toList().toString();
    }

    private static String bindingsText(Map<String, Value> bindings) {
        StringBuilder b = new StringBuilder("{");
        bindings.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(v.toRegoString()));
        return b.append('}').toString();
    }
}

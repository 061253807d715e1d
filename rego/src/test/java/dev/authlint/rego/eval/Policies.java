package dev.authlint.rego.eval;

import dev.authlint.rego.EvalOptions;
import dev.authlint.rego.Rego;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;

/** Small helpers to evaluate inline policies in tests. */
final class Policies {

    private Policies() {
    }

    /** Compiles {@code modules} (named test-0.rego, test-1.rego, ...). */
    static Rego compile(String... modules) {
        Rego.Builder b = Rego.builder();
        for (int i = 0; i < modules.length; i++) {
            b.module("test-" + i + ".rego", modules[i]);
        }
        return b.build();
    }

    /** The value of {@code query}'s single variable {@code x}, as Rego text, or {@code "undefined"}. */
    static String x(Rego rego, String query, String inputJson) {
        ResultSet rs = rego.prepare(query).eval(inputJson == null ? null : Values.fromJson(inputJson));
        if (rs.isEmpty()) {
            return "undefined";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rs.results().size(); i++) {
            Value v = rs.results().get(i).binding("x");
            out.append(i == 0 ? "" : " | ").append(v == null ? "<unbound>" : v.toRegoString());
        }
        return out.toString();
    }

    /** {@code data.test.p} of a single module, as Rego text. */
    static String p(String module, String inputJson) {
        return x(compile(module), "x = data.test.p", inputJson);
    }

    /** {@code data.test.p} evaluated with options. */
    static String p(String module, String inputJson, EvalOptions options) {
        ResultSet rs = compile(module).prepare("x = data.test.p")
                .eval(inputJson == null ? null : Values.fromJson(inputJson), options);
        return rs.isEmpty() ? "undefined" : rs.results().get(0).binding("x").toRegoString();
    }
}

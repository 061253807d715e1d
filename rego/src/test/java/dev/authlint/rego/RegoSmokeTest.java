package dev.authlint.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import org.junit.jupiter.api.Test;

class RegoSmokeTest {

    private static String eval(String module, String query, String inputJson) {
        Rego rego = Rego.builder().module("test.rego", module).build();
        Value input = inputJson == null ? null : Values.fromJson(inputJson);
        ResultSet rs = rego.prepare(query).eval(input);
        StringBuilder out = new StringBuilder();
        for (Result r : rs.results()) {
            out.append(r.bindings().toString());
        }
        return out.toString();
    }

    @Test
    void smoke() {
        assertEquals("{x=true}", eval("package test\np if { input.a == 1 }", "x := data.test.p", "{\"a\":1}"));
    }
}

package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.call;
import static dev.authlint.rego.builtins.Calls.failure;
import static dev.authlint.rego.builtins.Calls.n;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.set;
import static dev.authlint.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import org.junit.jupiter.api.Test;

class EncodingBuiltinsTest {

    private static String text(String name, dev.authlint.rego.value.Value... args) {
        return ((StringValue) call(name, args)).value();
    }

    @Test
    void jsonMarshalWritesLikeGo() {
        assertEquals("{\"a\":[1,2.5],\"b\":\"\\u003ctag\\u003e \\u0026\"}", text("json.marshal", v("{\"b\": \"<tag> &\", \"a\": [1, 2.50]}")));
        assertEquals("[\"x\",\"y\"]", text("json.marshal", set(s("y"), s("x"))));
        assertEquals("{\"1\":\"one\"}", text("json.marshal", ObjectValue.builder().put(n("1"), s("one")).build()));
        assertEquals("{\n\t\"a\": [\n\t\t1\n\t],\n\t\"b\": {}\n}",
                text("json.marshal_with_options", v("{\"a\": [1], \"b\": {}}"), v("{\"pretty\": true}")));
        assertEquals("{\n--  \"a\": 1\n--}",
                text("json.marshal_with_options", v("{\"a\": 1}"), v("{\"indent\": \"  \", \"prefix\": \"--\"}")));
        assertEquals("{\"a\":1}", text("json.marshal_with_options", v("{\"a\": 1}"), v("{\"pretty\": false, \"indent\": \"  \"}")));
    }

    @Test
    void jsonUnmarshalAndValidity() {
        assertCall("{\"a\": [1, null]}", "json.unmarshal", s("{\"a\": [1, null]}"));
        assertCall("true", "json.is_valid", s("[1]"));
        assertCall("false", "json.is_valid", s("[1"));
        assertCall("false", "json.is_valid", n("1"));
        failure("json.unmarshal", s("{"));
    }

    @Test
    void yamlRoundTripsThroughJsonTypes() {
        assertCall("{\"a\": [1, \"x\"], \"b\": {\"1\": true}, \"when\": \"2024-01-01\"}", "yaml.unmarshal",
                s("a:\n  - 1\n  - x\nb:\n  1: true\nwhen: 2024-01-01\n"));
        assertEquals("a:\n- 1\n- x\nb: true\n", text("yaml.marshal", v("{\"b\": true, \"a\": [1, \"x\"]}")));
        assertCall("false", "yaml.is_valid", s("a: [1"));
        assertCall("true", "yaml.is_valid", s("a: 1"));
        assertCall("true", "yaml.is_valid", s("a: 1\n---\nb: 2\n"));
        assertCall("false", "yaml.is_valid", s("a: 1\n---\n\tb: 2\n"));
        assertCall("false", "yaml.is_valid", s("  test:\ntest1: hello\n"));
        assertCall("{\"a\": 1}", "yaml.unmarshal", s("a: 1\n---\nb: 2\n"));
    }

    @Test
    void base64Variants() {
        assertCall("\"aGk/Pz4=\"", "base64.encode", s("hi??>"));
        assertCall("\"hi??>\"", "base64.decode", s("aGk/Pz4="));
        assertCall("\"aGk_Pz4=\"", "base64url.encode", s("hi??>"));
        assertCall("\"aGk_Pz4\"", "base64url.encode_no_pad", s("hi??>"));
        assertCall("\"hi??>\"", "base64url.decode", s("aGk_Pz4"));
        assertCall("false", "base64.is_valid", s("aGk"));
        assertCall("true", "base64.is_valid", s("aGk="));
        failure("base64.decode", s("aGk"));
    }

    @Test
    void urlQueryAndHex() {
        assertCall("\"a+b%26c%3Dd~%C3%A9\"", "urlquery.encode", s("a b&c=d~\u00e9"));
        assertCall("\"a b&c\"", "urlquery.decode", s("a+b%26c"));
        assertEquals("urlquery.decode: invalid URL escape \"%zz\"", failure("urlquery.decode", s("%zz")).getMessage());
        assertCall("\"a=1&a=2&b=x+y\"", "urlquery.encode_object", v("{\"b\": \"x y\", \"a\": [\"1\", \"2\"]}"));
        assertCall("{\"a\": [\"1\", \"2\"], \"b\": [\"\"]}", "urlquery.decode_object", s("a=1&b&a=2"));
        assertCall("\"6869\"", "hex.encode", s("hi"));
        assertCall("\"hi\"", "hex.decode", s("6869"));
        failure("hex.decode", s("686"));
    }
}

package dev.authlint.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinRegistryTest {

    static Value call(String name, Value... args) {
        BuiltinDecl decl = BuiltinRegistry.standard().get(name).orElseThrow();
        return decl.impl().call(FixedBuiltinContext.at(0), List.of(args));
    }

    static BuiltinException failure(String name, Value... args) {
        return assertThrows(BuiltinException.class, () -> call(name, args));
    }

    @Test
    void typeErrorsArePrefixedWithTheBuiltinName() {
        BuiltinException e = failure("count", NumberValue.ONE);
        assertEquals("eval_type_error", e.code());
        assertEquals("count: operand 1 must be one of {array, object, set, string} but got number", e.getMessage());
    }

    @Test
    void builtinErrorsCarryTheirCode() {
        BuiltinException e = failure("div", NumberValue.ONE, NumberValue.ZERO);
        assertEquals("eval_builtin_error", e.code());
        assertEquals("div: divide by zero", e.getMessage());
    }

    @Test
    void sandboxedBuiltinsResolveButFailLoudly() {
        assertTrue(BuiltinRegistry.standard().names().contains("http.send"));
        BuiltinException e = failure("http.send", StringValue.of("x"));
        assertEquals("http.send: not available in authlint's sandbox", e.getMessage());
        assertTrue(e.halt());
    }

    @Test
    void unsupportedBuiltinsResolveAndSayWhyTheyFail() {
        BuiltinException e = failure("json.match_schema", StringValue.of("{}"), StringValue.of("{}"));
        assertEquals("json.match_schema: not supported by authlint's Rego engine", e.getMessage());
        assertTrue(e.halt());
    }

    @Test
    void operatorsAndEvaluatorBuiltinsAreDeclaredUnderOpasNames() {
        for (String name : List.of("plus", "minus", "mul", "div", "rem", "equal", "neq", "lt", "lte", "gt", "gte",
                "and", "or", "internal.member_2", "internal.member_3", "eq", "assign", "print",
                "rego.metadata.rule", "rego.metadata.chain", "walk", "trace", "opa.runtime")) {
            assertTrue(BuiltinRegistry.standard().get(name).isPresent(), name);
        }
        assertEquals(-1, BuiltinRegistry.standard().arity("print"));
        assertEquals(false, BuiltinRegistry.standard().get("time.now_ns").orElseThrow().deterministic());
    }

    @Test
    void embedderCanReplaceABuiltinAndItsErrorsAreWrapped() {
        BuiltinRegistry r = BuiltinRegistry.standard().with(new BuiltinDecl("http.send", 1, "http",
                (ctx, args) -> {
                    throw new BuiltinFailure("offline");
                }, false, false));
        BuiltinException e = assertThrows(BuiltinException.class,
                () -> r.get("http.send").orElseThrow().impl().call(FixedBuiltinContext.at(0), List.of(StringValue.EMPTY)));
        assertEquals("http.send: offline", e.getMessage());
        assertEquals(1, r.arity("http.send"));
        assertEquals(null, r.arity("no.such.builtin"));
    }

    @Test
    void referenceTableListsEveryBuiltin() {
        String table = BuiltinRegistry.standard().referenceTable();
        for (String name : BuiltinRegistry.standard().names()) {
            assertTrue(table.contains("| `" + name + "` |"), name);
        }
    }
}

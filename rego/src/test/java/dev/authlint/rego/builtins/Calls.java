package dev.authlint.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: call a standard builtin with JSON-written operands. */
final class Calls {

    /** A fixed time for time builtins: 2023-11-14T22:13:20Z. */
    static final long NOW_NS = 1_700_000_000_000_000_000L;

    private Calls() {
    }

    /** Parses JSON into a value. */
    static Value v(String json) {
        return Values.fromJson(json);
    }

    static StringValue s(String text) {
        return StringValue.of(text);
    }

    static NumberValue n(String text) {
        return NumberValue.parse(text);
    }

    static SetValue set(Value... elements) {
        return SetValue.of(elements);
    }

    /** Calls builtin {@code name} on {@code args}. */
    static Value call(String name, Value... args) {
        BuiltinDecl decl = BuiltinRegistry.standard().get(name).orElseThrow(() -> new AssertionError("no builtin " + name));
        if (!decl.variadic() && decl.arity() != args.length) {
            throw new AssertionError(name + " takes " + decl.arity() + " operands");
        }
        return decl.impl().call(FixedBuiltinContext.at(NOW_NS), new ArrayList<>(List.of(args)));
    }

    /** Asserts that {@code name(args)} equals the JSON {@code expected}. */
    static void assertCall(String expected, String name, Value... args) {
        assertEquals(v(expected), call(name, args), name);
    }

    /** Asserts that {@code name(args)} fails with {@code code} and exactly {@code message}. */
    static void assertFails(String code, String message, String name, Value... args) {
        BuiltinException e = assertThrows(BuiltinException.class, () -> call(name, args));
        assertEquals(message, e.getMessage());
        assertEquals(code, e.code());
    }

    /** Asserts that {@code name(args)} fails with an {@code eval_builtin_error}. */
    static BuiltinException failure(String name, Value... args) {
        BuiltinException e = assertThrows(BuiltinException.class, () -> call(name, args));
        assertEquals(BuiltinException.BUILTIN_ERROR, e.code(), e.getMessage());
        return e;
    }
}

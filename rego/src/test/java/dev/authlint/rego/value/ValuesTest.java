package dev.authlint.rego.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void jsonRoundTripKeepsBigNumbersExact() {
        String json = "{\"a\":[1,2.5,123456789012345678901234567890,-1.25e-40],\"b\":null,\"c\":true}";
        assertEquals("{\"a\":[1,2.5,123456789012345678901234567890,-1.25e-40],\"b\":null,\"c\":true}",
                Values.toJson(Values.fromJson(json)));
    }

    @Test
    void jsonOutputSortsKeysAndTurnsSetsIntoArrays() {
        Value v = ObjectValue.builder()
                .put("z", SetValue.of(StringValue.of("b"), StringValue.of("a")))
                .put("a", NumberValue.parse("1.0"))
                .build();
        assertEquals("{\"a\":1,\"z\":[\"a\",\"b\"]}", Values.toJson(v));
    }

    @Test
    void nonStringKeysBecomeTheirJsonText() {
        Value v = ObjectValue.builder()
                .put(NumberValue.of(10), StringValue.of("ten"))
                .put(ArrayValue.of(NumberValue.ONE), StringValue.of("array"))
                .build();
        assertEquals("{\"10\":\"ten\",\"[1]\":\"array\"}", Values.toJson(v));
        assertEquals(Map.of("10", "ten", "[1]", "array"), Values.toJava(v));
    }

    @Test
    void invalidJsonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Values.fromJson("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> Values.fromJson("1 2"));
        assertThrows(IllegalArgumentException.class, () -> Values.fromJson(""));
        assertFalse(Values.isValidJson("[1,"));
        // Absurd nesting is rejected as invalid input rather than overflowing the stack.
        assertThrows(IllegalArgumentException.class, () -> Values.fromJson("[".repeat(5_000) + "]".repeat(5_000)));
    }

    @Test
    void fromJavaAndBack() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("list", List.of(1, "x", false));
        map.put("set", Set.of(3));
        map.put("big", new BigInteger("99999999999999999999"));
        map.put("none", null);
        Value v = Values.fromJava(map);
        assertEquals(SetValue.of(NumberValue.of(3)), ((ObjectValue) v).get("set"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("big", new BigInteger("99999999999999999999"));
        expected.put("list", List.of(1L, "x", false));
        expected.put("none", null);
        expected.put("set", List.of(3L));
        assertEquals(expected, Values.toJava(v));
        assertThrows(IllegalArgumentException.class, () -> Values.fromJava(new Object()));
    }

    @Test
    void regoTextFormMatchesOpa() {
        Value v = Values.fromJson("{\"b\": [1, \"x\\n\"], \"a\": {}}");
        assertEquals("{\"a\": {}, \"b\": [1, \"x\\n\"]}", v.toRegoString());
        assertEquals("set()", SetValue.EMPTY.toRegoString());
        assertEquals("{1, \"a\"}", SetValue.of(StringValue.of("a"), NumberValue.ONE).toRegoString());
        assertEquals("\"caf\u00e9 \\x01\"", StringValue.of("caf\u00e9 \u0001").toRegoString());
    }

    @Test
    void typeNamesAreOpas() {
        assertEquals(List.of("null", "boolean", "number", "string", "array", "object", "set"),
                List.of(NullValue.INSTANCE.typeName(), BooleanValue.TRUE.typeName(), NumberValue.ONE.typeName(),
                        StringValue.EMPTY.typeName(), ArrayValue.EMPTY.typeName(), ObjectValue.EMPTY.typeName(),
                        SetValue.EMPTY.typeName()));
    }
}

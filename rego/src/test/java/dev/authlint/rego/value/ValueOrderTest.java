package dev.authlint.rego.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

    private static Value json(String text) {
        return Values.fromJson(text);
    }

    @Test
    void typesAreOrderedAsInOpa() {
        List<Value> expected = List.of(NullValue.INSTANCE, BooleanValue.FALSE, BooleanValue.TRUE,
                NumberValue.of(-5), NumberValue.parse("1.5"), StringValue.of(""), StringValue.of("a"),
                ArrayValue.EMPTY, ObjectValue.EMPTY, SetValue.EMPTY);
        List<Value> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
    }

    @Test
    void objectsSortBeforeSetsUnlikeRegorus() {
        assertTrue(ObjectValue.builder().put("z", NumberValue.ONE).build().compareTo(SetValue.of(NumberValue.ZERO)) < 0);
    }

    @Test
    void arraysCompareElementWiseThenByLength() {
        assertTrue(json("[1, 2]").compareTo(json("[1, 3]")) < 0);
        assertTrue(json("[1, 2]").compareTo(json("[1, 2, 0]")) < 0);
        assertTrue(json("[2]").compareTo(json("[1, 2, 3]")) > 0);
    }

    @Test
    void objectsCompareBySortedKeysThenValues() {
        assertTrue(json("{\"a\": 2}").compareTo(json("{\"b\": 1}")) < 0);
        assertTrue(json("{\"a\": 1}").compareTo(json("{\"a\": 2}")) < 0);
        assertTrue(json("{\"a\": 1}").compareTo(json("{\"a\": 1, \"b\": 0}")) < 0);
        assertEquals(0, json("{\"b\": 1, \"a\": 2}").compareTo(json("{\"a\": 2, \"b\": 1}")));
    }

    @Test
    void setsCompareBySortedElements() {
        SetValue a = SetValue.of(NumberValue.of(3), NumberValue.of(1));
        SetValue b = SetValue.of(NumberValue.of(1), NumberValue.of(4));
        assertTrue(a.compareTo(b) < 0);
        assertEquals(List.of(NumberValue.of(1), NumberValue.of(3)), List.copyOf(a.elements()));
    }

    @Test
    void stringsCompareByCodePointNotUtf16() {
        // U+1F600 (a surrogate pair in UTF-16) is above U+FF5E in code point and UTF-8 order,
        // though its first UTF-16 unit 0xD83D is below 0xFF5E.
        StringValue emoji = StringValue.of("\uD83D\uDE00");
        StringValue fullwidth = StringValue.of("\uFF5E");
        assertTrue(emoji.compareTo(fullwidth) > 0);
        assertTrue(StringValue.of("a").compareTo(StringValue.of("ab")) < 0);
        // Mixed: only one side has characters at or above U+D800.
        assertTrue(emoji.compareTo(StringValue.of("z")) > 0);
        assertTrue(StringValue.of("\uD7FF").compareTo(emoji) < 0);
        assertTrue(StringValue.of("a\uFF5E").compareTo(StringValue.of("a\uD83D\uDE00")) < 0);
    }

    @Test
    void numbersEqualAcrossRepresentations() {
        assertEquals(NumberValue.of(1), NumberValue.parse("1.0"));
        assertEquals(NumberValue.of(1).hashCode(), NumberValue.parse("1.00").hashCode());
        assertEquals(NumberValue.parse("1e2"), NumberValue.of(100));
        assertEquals(json("[1.0, {\"a\": 2.50}]"), json("[1, {\"a\": 2.5}]"));
        assertEquals(json("[1.0, {\"a\": 2.50}]").hashCode(), json("[1, {\"a\": 2.5}]").hashCode());
        assertNotEquals(NumberValue.of(1), StringValue.of("1"));
    }

    @Test
    void setsDeduplicateEqualNumbers() {
        assertEquals(1, SetValue.of(NumberValue.of(1), NumberValue.parse("1.0")).size());
    }

    @Test
    void objectKeysMayBeAnyValue() {
        ObjectValue o = ObjectValue.builder()
                .put(NumberValue.of(2), StringValue.of("two"))
                .put(StringValue.of("a"), NullValue.INSTANCE)
                .put(NumberValue.parse("1.0"), StringValue.of("one"))
                .build();
        assertEquals(List.of(NumberValue.of(1), NumberValue.of(2), StringValue.of("a")), List.copyOf(o.keys()));
        assertEquals(StringValue.of("one"), o.get(NumberValue.of(1)));
        assertEquals(NullValue.INSTANCE, o.get("a"));
        assertEquals(null, o.get("missing"));
    }
}

package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.assertFails;
import static dev.authlint.rego.builtins.Calls.call;
import static dev.authlint.rego.builtins.Calls.failure;
import static dev.authlint.rego.builtins.Calls.n;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.set;
import static dev.authlint.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import org.junit.jupiter.api.Test;

class CollectionBuiltinsTest {

    private static final String TYPE = BuiltinException.TYPE_ERROR;

    @Test
    void arithmeticFollowsOpa() {
        assertCall("0.25", "div", n("1"), n("4"));
        assertCall("2", "div", n("6"), n("3"));
        // OPA divides in a 64-bit-mantissa big.Float and prints the shortest identifying decimal.
        assertEquals("0.33333333333333333334", call("div", n("1"), n("3")).toString());
        assertEquals("-0.6666666666666666667", call("div", n("-2"), n("3")).toString());
        assertEquals("5.1", call("div", n("10.2"), n("2")).toString());
        assertEquals("0.1", call("div", n("0.1"), n("1")).toString());
        assertEquals("0.5", call("div", n("18446744073709551617"), n("36893488147419103234")).toString());
        assertCall("-2", "rem", n("-17"), n("5"));
        assertCall("1", "rem", n("4.0"), n("3"));
        assertCall("10", "rem", n("10"), n("18446744073709551616"));
        assertEquals("rem: modulo on floating-point number", failure("rem", n("1.5"), n("1")).getMessage());
        assertEquals("div: divide by zero", failure("div", n("1"), n("0.0")).getMessage());
        assertCall("-3", "round", n("-2.5"));
        assertCall("3", "round", n("2.5"));
        assertCall("-2", "floor", n("-1.001"));
        assertCall("2", "ceil", n("1.2"));
        assertCall("9223372036854775808", "abs", n("-9223372036854775808"));
    }

    @Test
    void hugeExponentsFailInsteadOfExhaustingMemory() {
        NumberValue huge = n("1e999999999");
        assertTrue(failure("plus", huge, n("1")).getMessage().startsWith("plus: result would need more than"));
        assertTrue(failure("format_int", huge, n("10")).getMessage().startsWith("format_int: number too large"));
        failure("div", n("1"), huge);
        assertEquals("1e+999999999", call("mul", huge, n("1")).toString());
        assertCall("true", "lt", n("1"), huge);
        failure("time.date", huge);
        assertEquals("units.parse_bytes: exponent too large", failure("units.parse_bytes", Calls.s("1e999999")).getMessage());
    }

    @Test
    void minusIsSetDifferenceOnSets() {
        assertEquals(set(n("1")), call("minus", set(n("1"), n("2")), set(n("2"))));
        assertFails(TYPE, "minus: operand 2 must be set but got number", "minus", set(n("1")), n("1"));
        assertFails(TYPE, "minus: operand 2 must be number but got set", "minus", n("1"), set(n("1")));
        assertFails(TYPE, "minus: operand 1 must be one of {number, set} but got string", "minus", s("a"), n("1"));
    }

    @Test
    void ranges() {
        assertCall("[3, 2, 1]", "numbers.range", n("3"), n("1"));
        assertCall("[0, 3, 6, 9]", "numbers.range_step", n("0"), n("10"), n("3"));
        assertFails(TYPE, "numbers.range: operand 1 must be integer number but got floating-point number",
                "numbers.range", n("1.5"), n("3"));
    }

    @Test
    void aggregates() {
        assertCall("3", "count", s("a\uD83D\uDE00b"));
        assertCall("6.5", "sum", v("[1, 2, 3.5]"));
        assertCall("24", "product", set(n("2"), n("3"), n("4")));
        assertCall("\"b\"", "max", v("[1, \"a\", \"b\", null]"));
        assertNull(call("min", v("[]")));
        assertCall("[null, false, 1, \"a\", [], {}]", "sort", v("[{}, \"a\", [], 1, false, null]"));
        assertFails(TYPE, "sum: operand 1 must be array of numbers but got array containing string", "sum", v("[1, \"a\"]"));
    }

    @Test
    void membership() {
        assertCall("true", "internal.member_2", n("1"), v("[0, 1.0]"));
        assertCall("true", "internal.member_2", n("2"), v("{\"a\": 2}"));
        assertCall("false", "internal.member_2", s("a"), s("abc"));
        assertCall("true", "internal.member_3", n("1"), s("b"), v("[\"a\", \"b\"]"));
        assertCall("false", "internal.member_3", s("a"), n("1"), v("{\"a\": 2}"));
    }

    @Test
    void arrays() {
        assertCall("[2, 3]", "array.slice", v("[1, 2, 3, 4]"), n("1"), n("3"));
        assertCall("[]", "array.slice", v("[1, 2, 3, 4]"), n("3"), n("1"));
        assertCall("[1, 2]", "array.slice", v("[1, 2]"), n("-5"), n("99"));
        assertCall("[1, 2, \"s\", 3, [4]]", "array.flatten", v("[[1, 2], \"s\", [3, [4]]]"));
        assertCall("[3, 2, 1]", "array.reverse", v("[1, 2, 3]"));
        assertFails(TYPE, "array.concat: operand 2 must be array but got object", "array.concat", v("[]"), v("{}"));
    }

    @Test
    void objects() {
        ObjectValue o = (ObjectValue) v("{\"a\": {\"b\": [10, 20]}, \"c\": 1}");
        assertCall("20", "object.get", o, v("[\"a\", \"b\", 1]"), s("d"));
        assertCall("\"d\"", "object.get", o, v("[\"a\", \"x\"]"), s("d"));
        assertCall("1", "object.get", o, s("c"), s("d"));
        assertEquals(o, call("object.get", o, v("[]"), s("d")), "an empty path selects the whole object");
        assertCall("{\"c\": 1}", "object.remove", o, set(s("a")));
        assertCall("{\"a\": {\"b\": [10, 20]}}", "object.filter", o, v("[\"a\", \"zz\"]"));
        assertCall("{\"a\": {\"x\": 1, \"y\": 3}, \"b\": 2}", "object.union",
                v("{\"a\": {\"x\": 1, \"y\": 2}, \"b\": 2}"), v("{\"a\": {\"y\": 3}}"));
        assertCall("{\"a\": 3, \"b\": 2}", "object.union_n", v("[{\"a\": 1}, {\"b\": 2}, {\"a\": 3}]"));
        assertEquals(set(s("a"), s("c")), call("object.keys", o));
        assertCall("true", "object.subset", o, v("{\"a\": {\"b\": [10, 20]}}"));
        assertCall("true", "object.subset", v("[1, 2, 3]"), v("[2, 3]"));
        assertCall("false", "object.subset", v("[1, 2, 3]"), v("[1, 3]"));
        assertFails(TYPE, "object.remove: operand 2 must be one of {object, set, array} but got string",
                "object.remove", o, s("a"));
    }

    @Test
    void jsonFilterAndRemove() {
        assertCall("{\"a\": {\"b\": {\"c\": 7, \"d\": 8}}}", "json.filter",
                v("{\"a\": {\"b\": {\"c\": 7, \"d\": 8, \"x\": 0}}, \"e\": 9}"), set(s("a/b/d"), v("[\"a\", \"b\", \"c\"]")));
        assertCall("{\"a\": [1]}", "json.filter", v("{\"a\": [0, 1], \"b\": 2}"), v("[\"a/1\"]"));
        // Array elements are addressed by the string of their index only, as in OPA.
        assertCall("{\"a\": []}", "json.filter", v("{\"a\": [0, 1]}"), v("[[\"a\", 1]]"));
        assertCall("{\"a\": {\"c\": 2}}", "json.remove", v("{\"a\": {\"b\": 1, \"c\": 2}, \"d\": 3}"), v("[\"/a/b\", \"d\"]"));
        assertCall("{\"a\": [0, 2]}", "json.remove", v("{\"a\": [0, 1, 2]}"), v("[[\"a\", 1]]"));
    }

    @Test
    void jsonPatch() {
        assertCall("{\"a\": {\"foo\": 42, \"bar\": 2}}", "json.patch", v("{\"a\": {\"foo\": 1}}"),
                v("[{\"op\": \"add\", \"path\": \"/a/bar\", \"value\": 2}, {\"op\": \"replace\", \"path\": \"/a/foo\", \"value\": 42}]"));
        assertCall("{\"arr\": [1, 2, 3, 4]}", "json.patch", v("{\"arr\": [1, 2, 3]}"),
                v("[{\"op\": \"add\", \"path\": \"/arr/-\", \"value\": 4}]"));
        assertCall("{\"a\": {}, \"b\": {\"foo\": 1}}", "json.patch", v("{\"a\": {\"foo\": 1}, \"b\": {}}"),
                v("[{\"op\": \"move\", \"from\": \"/a/foo\", \"path\": \"/b/foo\"}]"));
        assertCall("{\"foo/bar\": {\"baz~\": 1, \"baz~test\": 2}}", "json.patch", v("{\"foo/bar\": {\"baz~\": 1}}"),
                v("[{\"op\": \"add\", \"path\": \"/foo~1bar/baz~0test\", \"value\": 2}]"));
        assertEquals(set(s("a"), s("c")), call("json.patch", set(s("a"), s("b"), s("c")),
                v("[{\"op\": \"remove\", \"path\": [\"b\"]}]")));
        assertNull(call("json.patch", v("{\"a\": 1}"), v("[{\"op\": \"remove\", \"path\": \"\"}]")));
        // Patches that cannot be applied are undefined.
        assertNull(call("json.patch", v("[1, 2]"), v("[{\"op\": \"remove\", \"path\": \"/01\"}]")));
        assertNull(call("json.patch", v("{\"a\": {\"b\": 1}}"), v("[{\"op\": \"move\", \"from\": \"/a\", \"path\": \"/a/c\"}]")));
        assertNull(call("json.patch", v("{}"), v("[{\"op\": \"add\", \"path\": \"/a\"}]")));
        assertNull(call("json.patch", v("{\"a\": 1}"), v("[{\"op\": \"test\", \"path\": \"/a\", \"value\": 2}]")));
        assertNull(call("json.patch", set(s("a"), s("b")), v("[{\"op\": \"replace\", \"path\": [\"a\"], \"value\": \"c\"}]")));
    }
}

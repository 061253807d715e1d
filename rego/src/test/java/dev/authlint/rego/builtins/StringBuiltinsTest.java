package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.assertFails;
import static dev.authlint.rego.builtins.Calls.n;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.set;
import static dev.authlint.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class StringBuiltinsTest {

    private static final String TYPE = BuiltinException.TYPE_ERROR;
    private static final String BUILTIN = BuiltinException.BUILTIN_ERROR;

    @Test
    void concatJoinsArraysAndSortedSets() {
        assertCall("\"a,b\"", "concat", s(","), v("[\"a\", \"b\"]"));
        assertCall("\"x-y\"", "concat", s("-"), set(s("y"), s("x")));
        assertCall("\"\"", "concat", s(","), v("[]"));
        assertFails(TYPE, "concat: operand 2 must be array of strings but got array containing number", "concat", s(","), v("[\"a\", 1]"));
        assertFails(TYPE, "concat: operand 2 must be one of {set, array} but got string", "concat", s(","), s("a"));
    }

    @Test
    void indexesCountCodePoints() {
        assertCall("2", "indexof", s("\u00e9\uD83D\uDE00x"), s("x"));
        assertCall("-1", "indexof", s("abc"), s("z"));
        assertCall("[0, 2, 4]", "indexof_n", s("\uD83D\uDE00a\uD83D\uDE00a\uD83D\uDE00"), s("\uD83D\uDE00"));
        assertCall("[0, 1, 2]", "indexof_n", s("aaaa"), s("aa"));
        assertFails(BUILTIN, "indexof: empty search character", "indexof", s("abc"), s(""));
    }

    @Test
    void substringWorksOnCodePoints() {
        assertCall("\"\uD83D\uDE00b\"", "substring", s("a\uD83D\uDE00bc"), n("1"), n("2"));
        assertCall("\"bc\"", "substring", s("abc"), n("1"), n("-1"));
        assertCall("\"\"", "substring", s("abc"), n("5"), n("1"));
        assertCall("\"abc\"", "substring", s("abc"), n("0"), n("100"));
        assertFails(BUILTIN, "substring: negative offset", "substring", s("abc"), n("-1"), n("1"));
        assertFails(TYPE, "substring: operand 2 must be integer number but got floating-point number",
                "substring", s("abc"), n("1.5"), n("1"));
    }

    @Test
    void splitAndSplitN() {
        assertCall("[\"a\", \"b\", \"\"]", "split", s("a,b,"), s(","));
        assertCall("[\"abc\"]", "split", s("abc"), s(","));
        assertCall("[\"a\", \"\u00e9\"]", "split", s("a\u00e9"), s(""));
        assertCall("[\"a\", \"b\"]", "strings.split_n", s("a.b.c.d"), s("."), n("2"));
        assertCall("[\"c\", \"d\"]", "strings.split_n", s("a.b.c.d"), s("."), n("-2"));
        assertCall("[]", "strings.split_n", s("a.b"), s("."), n("0"));
        assertCall("[\"\"]", "strings.split_n", s(""), s("."), n("2"));
        assertCall("[\"b\", \"c\"]", "strings.split_n", s("abc"), s(""), n("-2"));
    }

    @Test
    void trimmingUsesCutsetsOfCodePoints() {
        assertCall("\"b\"", "trim", s("xxbyx"), s("xy"));
        assertCall("\"byx\"", "trim_left", s("xxbyx"), s("x"));
        assertCall("\"xxb\"", "trim_right", s("xxbyx"), s("xy"));
        assertCall("\"bar\"", "trim_prefix", s("foobar"), s("foo"));
        assertCall("\"foo\"", "trim_suffix", s("foobar"), s("bar"));
        assertCall("\"a b\"", "trim_space", s("\u00a0\t a b\n\u3000"));
    }

    @Test
    void replaceAndReplaceN() {
        assertCall("\"f00\"", "replace", s("foo"), s("o"), s("0"));
        assertCall("\"-a-b-\"", "replace", s("ab"), s(""), s("-"));
        assertCall("\"1 2 c\"", "strings.replace_n", v("{\"a\": \"1\", \"b\": \"2\"}"), s("a b c"));
        // Keys are tried in sorted order at each position.
        assertCall("\"Xc\"", "strings.replace_n", v("{\"ab\": \"X\", \"abc\": \"Y\"}"), s("abc"));
    }

    @Test
    void formatIntTruncatesTowardZero() {
        assertCall("\"ff\"", "format_int", n("255.9"), n("16"));
        assertCall("\"-101\"", "format_int", n("-5.5"), n("2"));
        assertCall("\"123456789012345678901234567890\"", "format_int", n("123456789012345678901234567890"), n("10"));
        assertFails(TYPE, "format_int: operand 2 must be one of {2, 8, 10, 16}", "format_int", n("1"), n("3"));
    }

    @Test
    void otherStringBuiltins() {
        assertCall("\"\uD83D\uDE00ba\"", "strings.reverse", s("ab\uD83D\uDE00"));
        assertCall("3", "strings.count", s("cheese"), s("e"));
        assertCall("1", "strings.count", s("aaaa"), s("aaa"));
        assertCall("4", "strings.count", s("abc"), s(""));
        assertCall("\"ABC\u00c9\"", "upper", s("abc\u00e9"));
        // One code point maps to one code point, as in Go (Java's full mapping would give "SS").
        assertCall("\"STRA\u00dfE\"", "upper", s("stra\u00dfe"));
        assertCall("\"\u1f40\u03b4\u03c5\u03c3\u03c3\u03b5\u03cd\u03c2\"", "lower", s("\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3"));
        assertCall("true", "startswith", s("abc"), s("ab"));
        assertCall("false", "endswith", s("abc"), s("ab"));
        assertCall("true", "contains", s("abc"), s("b"));
    }

    @Test
    void anyPrefixAndSuffixMatch() {
        assertCall("true", "strings.any_prefix_match", v("[\"foo/bar\", \"baz\"]"), s("foo/"));
        assertCall("false", "strings.any_prefix_match", s("foo"), set(s("x"), s("y")));
        assertCall("true", "strings.any_suffix_match", s("file.yaml"), v("[\".yml\", \".yaml\"]"));
        assertFails(TYPE, "strings.any_suffix_match: operand 1 must be one of {string, set, array} but got number",
                "strings.any_suffix_match", n("1"), s("a"));
        assertFails(TYPE, "strings.any_prefix_match: operand 2 must be array of strings but got array containing number",
                "strings.any_prefix_match", s("a"), v("[1]"));
    }
}

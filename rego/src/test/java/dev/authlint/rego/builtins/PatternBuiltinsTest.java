package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.failure;
import static dev.authlint.rego.builtins.Calls.n;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.rego.value.NullValue;
import org.junit.jupiter.api.Test;

class PatternBuiltinsTest {

    @Test
    void globStarStaysWithinDelimitedSegments() {
        assertCall("true", "glob.match", s("*:github:com"), v("[\":\"]"), s("api:github:com"));
        assertCall("false", "glob.match", s("*"), v("[\".\", \"/\"]"), s("a/b"));
        assertCall("false", "glob.match", s("*.github.com"), v("[]"), s("api.cdn.github.com"));
        assertCall("true", "glob.match", s("**.github.com"), v("[]"), s("api.cdn.github.com"));
        assertCall("true", "glob.match", s("a/*/b"), NullValue.INSTANCE, s("a/x/b"));
        assertCall("false", "glob.match", s("a/**/b"), NullValue.INSTANCE, s("a/b"));
        assertCall("false", "glob.match", s("*?*"), v("[\".\", \"/\"]"), s("api.github.com"));
        assertCall("true", "glob.match", s("***"), v("[\".\"]"), s(""));
    }

    @Test
    void globClassesAlternativesAndEscapes() {
        assertCall("false", "glob.match", s("[!a-c]at"), v("[]"), s("bat"));
        assertCall("true", "glob.match", s("[!a-c]at"), v("[]"), s("rat"));
        assertCall("true", "glob.match", s("{cat,bat,[fr]at}"), v("[]"), s("fat"));
        assertCall("true", "glob.match", s("{**/,}x"), NullValue.INSTANCE, s("x"));
        assertCall("false", "glob.match", s("?"), NullValue.INSTANCE, s(""));
        assertCall("true", "glob.match", s("\\*"), NullValue.INSTANCE, s("*"));
        assertCall("false", "glob.match", s("\\*"), NullValue.INSTANCE, s("a"));
        assertCall("\"\\\\*.github.com\"", "glob.quote_meta", s("*.github.com"));
        assertTrue(failure("glob.match", s("[abc"), NullValue.INSTANCE, s("a")).getMessage().startsWith("glob.match: "));
    }

    @Test
    void regexUsesRe2Semantics() {
        assertCall("true", "regex.match", s("^arn:aws:iam::\\d{12}:role/.+$"), s("arn:aws:iam::123456789012:role/admin"));
        assertCall("false", "regex.is_valid", s("(a"));
        assertCall("false", "regex.is_valid", n("1"));
        // Backreferences are not RE2 syntax.
        assertCall("false", "regex.is_valid", s("(a)\\1"));
        assertTrue(failure("regex.match", s("(a"), s("a")).getMessage()
                .startsWith("regex.match: error parsing regexp: missing closing )"));
    }

    @Test
    void regexSplitFindAndReplaceFollowGo() {
        assertCall("[\"a\", \"b\", \"c\"]", "regex.split", s(",\\s*"), s("a, b,c"));
        assertCall("[\"\"]", "regex.split", s("x"), s(""));
        assertCall("[\"\", \"b\", \"c\"]", "regex.split", s("a"), s("abac"));
        assertCall("[\"a\", \"aa\"]", "regex.find_n", s("a+"), s("a b aa"), n("-1"));
        assertCall("[\"a\"]", "regex.find_n", s("a+"), s("a b aa"), n("1"));
        // Empty matches right after a match are skipped, as in Go.
        assertCall("[\"\", \"aaa\", \"\"]", "regex.find_n", s("a*"), s("baaac"), n("-1"));
        assertCall("[[\"k=v\", \"k\", \"v\"], [\"x=\", \"x\", \"\"]]", "regex.find_all_string_submatch_n",
                s("(\\w)=(\\w?)"), s("k=v x="), n("-1"));
        assertCall("\"v-k $ x\"", "regex.replace", s("k=v"), s("(?P<key>\\w)=(\\w)"), s("${2}-$key $$ x"));
        assertCall("\" \"", "regex.replace", s("ab"), s("(a)(b)"), s("$1x $3"));
    }

    @Test
    void templateMatchAndGlobsMatch() {
        assertCall("true", "regex.template_match", s("urn:foo:{.*}"), s("urn:foo:bar:baz"), s("{"), s("}"));
        assertCall("false", "regex.template_match", s("urn:foo.bar.com:{.*}"), s("urn:foo@bar:com:x"), s("{"), s("}"));
        assertCall("true", "regex.globs_match", s("a.a."), s(".b.b"));
        assertCall("false", "regex.globs_match", s("[a-c]+"), s("[x-z]+"));
        assertCall("true", "regex.globs_match", s("foo.*"), s("fo+o*bar"));
        assertCall("false", "regex.globs_match", s("a*"), s("b*"));
    }
}

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

import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.StringValue;
import org.junit.jupiter.api.Test;

class NetAndMiscBuiltinsTest {

    @Test
    void cidrContainment() {
        assertCall("true", "net.cidr_contains", s("10.0.0.0/8"), s("10.1.2.3"));
        assertCall("true", "net.cidr_contains", s("10.0.0.0/8"), s("10.4.0.0/16"));
        assertCall("false", "net.cidr_contains", s("10.0.0.0/16"), s("10.0.0.0/8"));
        assertCall("true", "net.cidr_contains", s("2001:db8::/32"), s("2001:db8:1::1"));
        assertCall("true", "net.cidr_contains", s("0.0.0.0/0"), s("192.168.1.1"));
        assertCall("true", "net.cidr_intersects", s("192.168.0.0/16"), s("192.168.1.0/24"));
        assertCall("false", "net.cidr_intersects", s("10.0.0.0/8"), s("11.0.0.0/8"));
        assertEquals("net.cidr_contains: invalid CIDR address: 10.0.0/8",
                failure("net.cidr_contains", s("10.0.0/8"), s("10.0.0.1")).getMessage());
    }

    @Test
    void cidrValidityExpansionAndMerge() {
        assertCall("true", "net.cidr_is_valid", s("10.0.0.0/33".replace("33", "32")));
        assertCall("false", "net.cidr_is_valid", s("10.0.0.0/33"));
        assertCall("false", "net.cidr_is_valid", s("010.0.0.0/8"));
        assertCall("false", "net.cidr_is_valid", n("1"));
        assertCall("[\"192.168.1.0\", \"192.168.1.1\", \"192.168.1.2\", \"192.168.1.3\"]", "cast_array",
                call("net.cidr_expand", s("192.168.1.1/30")));
        assertEquals(set(s("192.168.0.0/23"), s("10.0.0.1/32")),
                call("net.cidr_merge", v("[\"192.168.0.0/24\", \"192.168.1.0/24\", \"10.0.0.1\"]")));
        assertEquals(set(s("2001:db8::/31")), call("net.cidr_merge", v("[\"2001:db8::/32\", \"2001:db9::/32\"]")));
        assertEquals(set(s("fe80::1/128")), call("net.cidr_merge", v("[\"fe80:0:0:0:0:0:0:1\"]")));
    }

    @Test
    void cidrContainsMatchesReportsKeys() {
        assertEquals(set(v("[\"a\", 0]"), v("[\"a\", 1]")), call("net.cidr_contains_matches",
                v("{\"a\": \"10.0.0.0/8\", \"b\": [\"192.168.0.0/16\", \"x\"]}"), v("[\"10.1.1.1\", \"10.2.0.0/16\", \"8.8.8.8\"]")));
        assertEquals(set(v("[\"10.0.0.0/8\", \"10.1.1.1\"]")), call("net.cidr_contains_matches", s("10.0.0.0/8"), s("10.1.1.1")));
    }

    @Test
    void semver() {
        assertCall("true", "semver.is_valid", s("1.2.3-rc.1+build.5"));
        assertCall("false", "semver.is_valid", s("v1.2.3"));
        assertCall("false", "semver.is_valid", s("01.2.3"));
        assertCall("-1", "semver.compare", s("1.0.0-alpha"), s("1.0.0"));
        assertCall("-1", "semver.compare", s("1.0.0-alpha.1"), s("1.0.0-alpha.beta"));
        assertCall("1", "semver.compare", s("1.10.0"), s("1.9.9"));
        assertCall("0", "semver.compare", s("1.0.0+a"), s("1.0.0+b"));
        assertEquals("semver.compare: operand 1: string \"x\" is not a valid SemVer",
                failure("semver.compare", s("x"), s("1.0.0")).getMessage());
    }

    @Test
    void walkIsAPreOrderRelation() {
        assertCall("[[[], {\"a\": [true]}], [[\"a\"], [true]], [[\"a\", 0], true]]", "walk", v("{\"a\": [true]}"));
        assertTrue(BuiltinRegistry.standard().get("walk").orElseThrow().relation());
    }

    @Test
    void graphReachability() {
        String graph = "{\"a\": [\"b\"], \"b\": [\"c\"], \"c\": [\"a\"], \"d\": []}";
        assertEquals(set(s("a"), s("b"), s("c")), call("graph.reachable", v(graph), v("[\"b\"]")));
        assertEquals(set(s("d")), call("graph.reachable", v(graph), set(s("d"), s("zz"))));
        assertEquals(set(v("[\"a\", \"b\", \"c\"]")), call("graph.reachable_paths", v(graph), v("[\"a\"]")));
        assertEquals(set(v("[\"x\", \"y\"]"), v("[\"x\", \"z\"]")),
                call("graph.reachable_paths", v("{\"x\": [\"y\", \"z\"], \"y\": [], \"z\": []}"), v("[\"x\"]")));
    }

    @Test
    void bits() {
        assertCall("7", "bits.or", n("5"), n("3"));
        assertCall("1", "bits.and", n("5"), n("3"));
        assertCall("6", "bits.xor", n("5"), n("3"));
        assertCall("-6", "bits.negate", n("5"));
        assertCall("36893488147419103232", "bits.lsh", n("1"), n("65"));
        assertCall("-2", "bits.rsh", n("-3"), n("1"));
        assertFails(BuiltinException.TYPE_ERROR, "bits.or: operand 1 must be number but got string", "bits.or", s("a"), n("1"));
    }

    @Test
    void uuids() {
        String id = ((StringValue) call("uuid.rfc4122", s("k"))).value();
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertCall("{\"clocksequence\": 555, \"macvariables\": \"local:unicast\", \"nodeid\": \"7a-b0-b9-e5-e0-c0\", "
                + "\"time\": 1703282931110717000, \"variant\": \"RFC4122\", \"version\": 1}",
                "uuid.parse", s("b01d0062-a116-11ee-822b-7ab0b9e5e0c0"));
        assertCall("{\"clocksequence\": 11776, \"domain\": \"Person\", \"id\": 1000, \"macvariables\": \"local:unicast\", "
                + "\"nodeid\": \"32-50-96-b3-9f-47\", \"time\": 1703290796079613600, \"variant\": \"RFC4122\", \"version\": 2}",
                "uuid.parse", s("000003e8-a129-21ee-ae00-325096b39f47"));
        assertCall("{\"time\": 1645557742000000000, \"variant\": \"RFC4122\", \"version\": 7}",
                "uuid.parse", s("017F22E2-79B0-7CC3-98C4-DC0C0C07398F"));
        assertCall("{\"time\": 1645557742000000000, \"variant\": \"RFC4122\", \"version\": 6}",
                "uuid.parse", s("1EC9414C-232A-6B00-B3C8-9E6BDECED846"));
        assertNull(call("uuid.parse", s("not-valid")));
    }

    @Test
    void cryptoDigests() {
        assertCall("\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"", "crypto.sha256", s("hello"));
        assertCall("\"5d41402abc4b2a76b9719d911017c592\"", "crypto.md5", s("hello"));
        assertCall("\"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8\"", "crypto.hmac.sha256",
                s("The quick brown fox jumps over the lazy dog"), s("key"));
        assertCall("true", "crypto.hmac.equal", s("abc"), s("abc"));
    }

    @Test
    void conversionsAndDeprecated() {
        assertCall("0", "to_number", NullValue.INSTANCE);
        assertCall("1", "to_number", v("true"));
        assertCall("-1.5", "to_number", s("-1.5"));
        assertCall("1000", "to_number", s("1e3"));
        assertEquals("to_number: strconv.ParseFloat: parsing \"broken\": invalid syntax",
                failure("to_number", s("broken")).getMessage());
        assertFails(BuiltinException.TYPE_ERROR, "to_number: operand 1 must be a finite number but got -Infinity",
                "to_number", s("-Infinity"));
        assertCall("true", "any", v("[false, true]"));
        assertCall("false", "all", set(v("true"), v("false")));
        assertTrue(BuiltinRegistry.standard().get("re_match").orElseThrow().deprecated());
    }

    @Test
    void runtimeAndTrace() {
        assertCall("{}", "opa.runtime");
        assertCall("true", "trace", s("note"));
        assertCall(Long.toString(Calls.NOW_NS), "time.now_ns");
    }
}

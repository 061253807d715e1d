package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.assertFails;
import static dev.authlint.rego.builtins.Calls.s;

import org.junit.jupiter.api.Test;

class UnitsBuiltinsTest {

    private static final String BUILTIN = BuiltinException.BUILTIN_ERROR;

    @Test
    void parseDistinguishesMilliFromMega() {
        assertCall("0.1", "units.parse", s("100m"));
        assertCall("100000000", "units.parse", s("100M"));
        assertCall("1073741824", "units.parse", s("1Gi"));
        assertCall("1073741824", "units.parse", s("1gI"));
        assertCall("1500", "units.parse", s("1.5k"));
        assertCall("1000", "units.parse", s("\"1K\""));
        assertCall("2000000000000000000", "units.parse", s("2e18"));
        assertCall("5000000000000000000", "units.parse", s("5e"));
        assertCall("0.0000001", "units.parse", s("0.0001m"));
    }

    @Test
    void parseErrorsUseOpasWords() {
        assertFails(BUILTIN, "units.parse: no amount provided", "units.parse", s(""));
        assertFails(BUILTIN, "units.parse: no amount provided", "units.parse", s("G"));
        assertFails(BUILTIN, "units.parse: could not parse amount to a number", "units.parse", s("0.0.0"));
        assertFails(BUILTIN, "units.parse: spaces not allowed in resource strings", "units.parse", s(" 327Mi "));
        assertFails(BUILTIN, "units.parse: exponent too large", "units.parse", s("10e10000000Ei"));
        assertFails(BUILTIN, "units.parse: unit Gb not recognized", "units.parse", s("1GB"));
    }

    @Test
    void parseBytesIsCaseInsensitiveAndTruncates() {
        assertCall("109951162777600", "units.parse_bytes", s("\"100TIB\""));
        assertCall("0", "units.parse_bytes", s(".0"));
        assertCall("1126", "units.parse_bytes", s("1.1KiB"));
        assertCall("500", "units.parse_bytes", s(".5KB"));
        assertCall("200000000", "units.parse_bytes", s("200mb"));
        assertFails(BUILTIN, "units.parse_bytes: no byte amount provided", "units.parse_bytes", s("kb"));
        assertFails(BUILTIN, "units.parse_bytes: byte unit xb not recognized", "units.parse_bytes", s("1xb"));
    }
}

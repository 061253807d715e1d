package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.call;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.rego.value.StringValue;
import org.junit.jupiter.api.Test;

class SprintfTest {

    private static String sprintf(String format, String jsonArgs) {
        return ((StringValue) call("sprintf", s(format), v(jsonArgs))).value();
    }

    @Test
    void basicVerbs() {
        assertEquals("x=1 y=a", sprintf("x=%d y=%s", "[1, \"a\"]"));
        assertEquals("2.5 2.500000 2.500000e+00 2.5", sprintf("%v %f %e %g", "[2.5, 2.5, 2.5, 2.5]"));
        assertEquals("ff FF 377 1010 A", sprintf("%x %X %o %b %c", "[255, 255, 255, 10, 65]"));
        assertEquals("\"a\\nb\" 100%", sprintf("%q %d%%", "[\"a\\nb\", 100]"));
    }

    @Test
    void bigIntegersPrintExactly() {
        assertEquals("123456789123456789123", sprintf("%s", "[123456789123456789123]"));
        assertEquals("1208925819614629174706175", sprintf("%v", "[1208925819614629174706175]"));
        assertEquals("-18446744073709551618", sprintf("%d", "[-18446744073709551618]"));
    }

    @Test
    void compositeValuesPrintAsRego() {
        assertEquals("[1, \"a\"] {\"k\": true} null true", sprintf("%v %v %v %v", "[[1, \"a\"], {\"k\": true}, null, true]"));
        assertEquals("{1, 2}", ((StringValue) call("sprintf", s("%v"),
                dev.authlint.rego.value.ArrayValue.of(Calls.set(Calls.n("2"), Calls.n("1"))))).value());
    }

    @Test
    void widthPrecisionAndFlags() {
        assertEquals("[   42|42   |00042|+42]", sprintf("[%5d|%-5d|%05d|%+d]", "[42, 42, 42, 42]"));
        assertEquals("[3.14|  3.1|abc  |ab]", sprintf("[%.2f|%5.1f|%-5s|%.2s]", "[3.14159, 3.14159, \"abc\", \"abc\"]"));
        assertEquals("0xff", sprintf("%#x", "[255]"));
        // Go's %v on float64: shortest digits, exponent form below 1e-4 and from 1e6.
        assertEquals("1.5e-07 1.0000005e+06 123456.5", sprintf("%v %v %v", "[0.00000015, 1000000.5, 123456.5]"));
        assertEquals("1.2e+02 123 123", sprintf("%.2g %.3g %.5g", "[123.4, 123.4, 123.0000001]"));
    }

    @Test
    void goErrorForms() {
        assertEquals("%!d(string=x)", sprintf("%d", "[\"x\"]"));
        assertEquals("%!t(string=true)", sprintf("%t", "[true]"));
        assertEquals("a %!d(MISSING)", sprintf("a %d", "[]"));
        assertEquals("a%!(EXTRA int=1, string=b)", sprintf("a", "[1, \"b\"]"));
        assertEquals("%!s(int=5)", sprintf("%s", "[5]"));
        assertEquals("%!d(float64=1.5)", sprintf("%d", "[1.5]"));
        assertEquals("%!(NOVERB)", sprintf("%", "[]"));
    }

    @Test
    void stringAndCharacterVerbs() {
        assertEquals("6869 4849 0x6869", sprintf("%x %X %#x", "[\"hi\", \"HI\", \"hi\"]"));
        assertEquals("\"caf\u00e9\" '\u00e9' U+00E9", sprintf("%q %q %U", "[\"caf\u00e9\", 233, 233]"));
        assertEquals("1.234560e+03 1.23E+03 -0.500", sprintf("%e %.2E %.3f", "[1234.56, 1234.56, -0.5]"));
        assertEquals("[  abc]", sprintf("[%5.3s]", "[\"abcdef\"]"));
    }

    @Test
    void typeVerbAndArgumentIndexes() {
        assertEquals("int string float64", sprintf("%T %T %T", "[1, \"a\", 1.5]"));
        assertEquals("b a", sprintf("%[2]s %[1]s", "[\"a\", \"b\"]"));
    }
}

package dev.authlint.rego.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberValueTest {

    @Test
    void integersPrintWithoutFraction() {
        assertEquals("1", NumberValue.parse("1.0").toString());
        assertEquals("100", NumberValue.parse("1e2").toString());
        assertEquals("-7", NumberValue.of(-7).toString());
        assertEquals("1000000000000000000000000000001",
                NumberValue.parse("1e30").add(NumberValue.ONE).toString());
    }

    @Test
    void fractionsPrintAsPlainDecimals() {
        assertEquals("0.25", NumberValue.parse("0.250").toString());
        assertEquals("-2.5", NumberValue.parse("-2.5").toString());
        assertEquals("1.5e-30", NumberValue.parse("1.5e-30").toString());
    }

    @Test
    void arithmeticIsExactBeyondLong() {
        NumberValue max = NumberValue.of(Long.MAX_VALUE);
        assertEquals("9223372036854775808", max.add(NumberValue.ONE).toString());
        assertEquals("-9223372036854775809", NumberValue.of(Long.MIN_VALUE).subtract(NumberValue.ONE).toString());
        assertEquals("85070591730234615847396907784232501249", max.multiply(max).toString());
        assertEquals("9223372036854775808", NumberValue.of(Long.MIN_VALUE).negate().toString());
        assertEquals(NumberValue.parse("0.3"), NumberValue.parse("0.1").add(NumberValue.parse("0.2")));
    }

    @Test
    void bigIntegersNarrowBackToLong() {
        NumberValue big = NumberValue.parse("18446744073709551617");
        assertFalse(big.isLong());
        assertTrue(big.isInteger());
        NumberValue back = big.subtract(NumberValue.parse("18446744073709551616"));
        assertTrue(back.isLong());
        assertEquals(1, back.longValueExact());
        assertEquals(new BigInteger("18446744073709551617"), big.toBigIntegerExact());
    }

    @Test
    void integersThatFitALongHaveOneRepresentation() {
        NumberValue viaExponent = NumberValue.parse("2e18");
        NumberValue viaDigits = NumberValue.parse("2000000000000000000");
        assertEquals(viaDigits, viaExponent);
        assertEquals(viaDigits.hashCode(), viaExponent.hashCode());
        assertTrue(viaExponent.isLong());
        assertEquals(NumberValue.of(Long.MAX_VALUE), NumberValue.parse("9223372036854775807.0"));
        assertFalse(NumberValue.parse("9223372036854775808").isLong());
    }

    @Test
    void integerTestsAndConversions() {
        assertTrue(NumberValue.parse("4.0").isInteger());
        assertFalse(NumberValue.parse("4.5").isInteger());
        assertThrows(ArithmeticException.class, () -> NumberValue.parse("4.5").longValueExact());
        assertEquals(new BigDecimal("4.5"), NumberValue.parse("4.5").toBigDecimal());
        assertEquals(NumberValue.parse("0.1"), NumberValue.of(0.1));
        assertThrows(IllegalArgumentException.class, () -> NumberValue.of(Double.NaN));
        assertThrows(NumberFormatException.class, () -> NumberValue.parse("12abc"));
    }
}

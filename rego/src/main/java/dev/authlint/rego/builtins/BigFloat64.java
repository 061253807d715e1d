package dev.authlint.rego.builtins;

import dev.authlint.rego.value.NumberValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Division as OPA computes it for non-integer quotients: Go's {@code big.Float} with a 64-bit
 * mantissa (operands rounded to 64 bits, quotient rounded to 64 bits, half to even), printed as
 * the shortest decimal that identifies the result at that precision ({@code Text('g', -1)}).
 * So {@code 1 / 3} is {@code 0.33333333333333333334}, exactly OPA's digits.
 */
final class BigFloat64 {

    private static final int MANTISSA_BITS = 64;

    private BigFloat64() {
    }

    /** A positive binary float: mantissa (exactly 64 bits) times 2^exponent. */
    private record Binary(BigInteger mantissa, int exponent) {
        BigDecimal toDecimal() {
            BigDecimal m = new BigDecimal(mantissa);
            return exponent >= 0 ? m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)))
                    : m.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)));
        }
    }

    /** {@code a / b} as OPA's big.Float division; b must not be zero. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0) {
            return BigDecimal.ZERO;
        }
        boolean negative = a.signum() != b.signum();
        Binary x = round(a.abs());
        Binary y = round(b.abs());
        Binary q = round(x.mantissa(), y.mantissa(), x.exponent() - y.exponent());
        BigDecimal result = shortest(q);
        return negative ? result.negate() : result;
    }

    private static Binary round(BigDecimal positive) {
        BigInteger unscaled = positive.unscaledValue();
        int scale = positive.scale();
        if (Math.abs((long) scale) > NumberValue.MAX_DIGITS) {
            throw new ArithmeticException("number too large for division: " + positive);
        }
        if (scale <= 0) {
            return round(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE, 0);
        }
        return round(unscaled, BigInteger.TEN.pow(scale), 0);
    }

    /** Rounds num/den × 2^shift (positive) to a 64-bit mantissa, half to even. */
    private static Binary round(BigInteger num, BigInteger den, int shift) {
        int e = num.bitLength() - den.bitLength() - MANTISSA_BITS;
        for (int attempt = 0; attempt < 3; attempt++) {
            BigInteger n = e < 0 ? num.shiftLeft(-e) : num;
            BigInteger d = e > 0 ? den.shiftLeft(e) : den;
            BigInteger[] qr = n.divideAndRemainder(d);
            BigInteger m = qr[0];
            if (m.bitLength() > MANTISSA_BITS) {
                e++;
                continue;
            }
            if (m.bitLength() < MANTISSA_BITS) {
                e--;
                continue;
            }
            int half = qr[1].shiftLeft(1).compareTo(d);
            if (half > 0 || (half == 0 && m.testBit(0))) {
                m = m.add(BigInteger.ONE);
                if (m.bitLength() > MANTISSA_BITS) {
                    m = m.shiftRight(1);
                    e++;
                }
            }
            return new Binary(m, e + shift);
        }
        throw new IllegalStateException("mantissa normalisation did not converge");
    }

    /** The decimal with the fewest significant digits that rounds back to {@code q}. */
    private static BigDecimal shortest(Binary q) {
        BigDecimal exact = q.toDecimal();
        for (int digits = 1; digits < 40; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (round(candidate).equals(q)) {
                return candidate;
            }
        }
        return exact;
    }
}

package dev.authlint.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact Rego number. Integers of any size stay exact, as in OPA; small integers take a
 * {@code long} fast path. {@code 1}, {@code 1.0} and {@code 1e0} are the same value.
 *
 * <p>The text form follows OPA's output: integers are printed without a fraction or exponent
 * ({@code 1.0} prints as {@code 1}), other numbers as plain decimals unless their exponent is
 * extreme.
 */
public final class NumberValue implements Value {

    /** Integers whose decimal digits exceed this are printed in exponent form, not expanded. */
    private static final int MAX_EXPANDED_DIGITS = 10_000;

    /**
     * Largest number of decimal digits an exact result may need. A short literal such as
     * {@code 1e999999999} is a legal number, but adding 1 to it or expanding it to an integer
     * would need a billion digits; such operations fail with {@link ArithmeticException}
     * instead of exhausting memory.
     */
    public static final int MAX_DIGITS = 100_000;

    private static final NumberValue[] SMALL = new NumberValue[1 + 256 + 1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new NumberValue(i - 256, null);
        }
    }

    /** Zero. */
    public static final NumberValue ZERO = of(0);
    /** One. */
    public static final NumberValue ONE = of(1);

    private final long small;
    /** Null when the value is the long {@link #small}; otherwise normalised (no trailing zeros). */
    private final BigDecimal big;

    private NumberValue(long small, BigDecimal big) {
        this.small = small;
        this.big = big;
    }

    /** The integer {@code value}. */
    public static NumberValue of(long value) {
        if (value >= -256 && value < SMALL.length - 256) {
            return SMALL[(int) value + 256];
        }
        return new NumberValue(value, null);
    }

    /** The integer {@code value}, exact at any size. */
    public static NumberValue of(BigInteger value) {
        if (value.bitLength() < 64) {
            return of(value.longValue());
        }
        return new NumberValue(0, new BigDecimal(value).stripTrailingZeros());
    }

    /** The exact decimal {@code value}. */
    public static NumberValue of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO;
        }
        BigDecimal normal = value.stripTrailingZeros();
        // Canonical form: every integer that fits a long is a long, so equals can compare fields.
        if (normal.scale() <= 0 && normal.precision() - normal.scale() <= 19) {
            BigInteger i = normal.toBigIntegerExact();
            if (i.bitLength() < 64) {
                return of(i.longValue());
            }
        }
        return new NumberValue(0, normal);
    }

    /**
     * The number of a finite double. Converts through the shortest decimal that round-trips, so
     * {@code 0.1} becomes exactly 0.1 (as Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}).
     *
     * @throws IllegalArgumentException for NaN and infinities, which Rego cannot represent
     */
    public static NumberValue of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 0x1p62) {
            return of((long) value);
        }
        return of(new BigDecimal(Double.toString(value)));
    }

    /**
     * Parses JSON number text (also accepts Rego number literals, which share the grammar).
     *
     * @throws NumberFormatException when {@code text} is not a number
     */
    public static NumberValue parse(String text) {
        int n = text.length();
        if (n > 0 && n <= 18) {
            int i = text.charAt(0) == '-' ? 1 : 0;
            boolean digits = i < n;
            for (int j = i; j < n && digits; j++) {
                char c = text.charAt(j);
                digits = c >= '0' && c <= '9';
            }
            if (digits) {
                return of(Long.parseLong(text));
            }
        }
        return of(new BigDecimal(text));
    }

    /** True when the value is a whole number. */
    public boolean isInteger() {
        return big == null || big.scale() <= 0;
    }

    /** True when the value is an integer that fits a {@code long}. */
    public boolean isLong() {
        return big == null;
    }

    /** The exact value as a decimal. */
    public BigDecimal toBigDecimal() {
        return big == null ? BigDecimal.valueOf(small) : big;
    }

    /**
     * The exact integer value.
     *
     * @throws ArithmeticException when the value has a fraction
     */
    public BigInteger toBigIntegerExact() {
        if (big == null) {
            return BigInteger.valueOf(small);
        }
        if (big.precision() - big.scale() > MAX_DIGITS) {
            throw new ArithmeticException("number too large: " + this);
        }
        return big.toBigIntegerExact();
    }

    /**
     * The value as a {@code long}.
     *
     * @throws ArithmeticException when the value has a fraction or does not fit
     */
    public long longValueExact() {
        if (big == null) {
            return small;
        }
        return big.longValueExact();
    }

    /** The nearest double (may lose precision or overflow to infinity). */
    public double doubleValue() {
        return big == null ? (double) small : big.doubleValue();
    }

    /** -1, 0 or 1. */
    public int signum() {
        return big == null ? Long.signum(small) : big.signum();
    }

    /** {@code this + other}, exact. */
    public NumberValue add(NumberValue other) {
        if (big == null && other.big == null) {
            long r = small + other.small;
            if (((small ^ r) & (other.small ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(checkedSpan(toBigDecimal(), other.toBigDecimal()).add(other.toBigDecimal()));
    }

    /** Refuses a sum or difference whose exact digits would exceed {@link #MAX_DIGITS}. */
    private static BigDecimal checkedSpan(BigDecimal a, BigDecimal b) {
        if (a.signum() != 0 && b.signum() != 0) {
            long high = Math.max((long) a.precision() - a.scale(), (long) b.precision() - b.scale());
            long low = Math.min(-(long) a.scale(), -(long) b.scale());
            if (high - low > MAX_DIGITS) {
                throw new ArithmeticException("result would need more than " + MAX_DIGITS + " digits");
            }
        }
        return a;
    }

    /** {@code this - other}, exact. */
    public NumberValue subtract(NumberValue other) {
        if (big == null && other.big == null) {
            long r = small - other.small;
            if (((small ^ other.small) & (small ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(checkedSpan(toBigDecimal(), other.toBigDecimal()).subtract(other.toBigDecimal()));
    }

    /** {@code this * other}, exact. */
    public NumberValue multiply(NumberValue other) {
        if (big == null && other.big == null) {
            long hi = Math.multiplyHigh(small, other.small);
            long lo = small * other.small;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(toBigDecimal().multiply(other.toBigDecimal()));
    }

    /** {@code -this}, exact. */
    public NumberValue negate() {
        if (big == null && small != Long.MIN_VALUE) {
            return of(-small);
        }
        return of(toBigDecimal().negate());
    }

    int compareNumber(NumberValue other) {
        if (big == null && other.big == null) {
            return Long.compare(small, other.small);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NumberValue n)) {
            return false;
        }
        // Both sides are normalised, so equal values share a representation.
        return big == null ? n.big == null && n.small == small : big.equals(n.big);
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(small) : big.hashCode();
    }

    /** OPA's text form: integers without fraction, e.g. {@code 3}, {@code 0.5}, {@code 1e+400}. */
    @Override
    public String toString() {
        if (big == null) {
            return Long.toString(small);
        }
        int exponent = big.precision() - big.scale() - 1; // position of the leading digit
        if (big.scale() <= 0 && exponent < MAX_EXPANDED_DIGITS) {
            return big.toBigInteger().toString();
        }
        if (exponent >= -7 && exponent < 21) {
            return big.toPlainString();
        }
        // Go style exponent form: 1.5e+300, 2e-10.
        BigDecimal unscaled = big.movePointLeft(exponent);
        String mantissa = unscaled.stripTrailingZeros().toPlainString();
        return mantissa + (exponent < 0 ? "e-" : "e+") + Math.abs((long) exponent);
    }
}

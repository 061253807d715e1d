package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic operators and number builtins. Integers stay exact at any size; {@code /} is an
 * integer only when the divisor divides the dividend, otherwise a decimal quotient.
 */
final class NumberBuiltins {

    /** Longest list {@code numbers.range} builds, so a typo cannot exhaust memory. */
    static final long MAX_RANGE = 10_000_000;

    private NumberBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("plus", 2, "numbers", NumberBuiltins::plus);
        b.add("minus", 2, "numbers", NumberBuiltins::minus);
        b.add("mul", 2, "numbers", NumberBuiltins::mul);
        b.add("div", 2, "numbers", NumberBuiltins::div);
        b.add("rem", 2, "numbers", NumberBuiltins::rem);
        b.add("abs", 1, "numbers", NumberBuiltins::abs);
        b.add("round", 1, "numbers", NumberBuiltins::round);
        b.add("ceil", 1, "numbers", NumberBuiltins::ceil);
        b.add("floor", 1, "numbers", NumberBuiltins::floor);
        b.add("numbers.range", 2, "numbers", NumberBuiltins::range);
        b.add("numbers.range_step", 3, "numbers", NumberBuiltins::rangeStep);
        b.addNondeterministic("rand.intn", 2, "numbers", NumberBuiltins::randIntn);
    }

    /** {@code x + y}. */
    static Value plus(BuiltinContext ctx, List<Value> args) {
        return Operands.number(args, 1).add(Operands.number(args, 2));
    }

    /** {@code x - y} on numbers, or set difference on sets. */
    static Value minus(BuiltinContext ctx, List<Value> args) {
        Value x = args.get(0);
        Value y = args.get(1);
        if (x instanceof NumberValue a) {
            return a.subtract(Operands.number(args, 2));
        }
        if (x instanceof SetValue a) {
            return a.difference(Operands.set(args, 2));
        }
        throw Operands.oneOf(1, x, "number", "set");
    }

    /** {@code x * y}. */
    static Value mul(BuiltinContext ctx, List<Value> args) {
        return Operands.number(args, 1).multiply(Operands.number(args, 2));
    }

    /**
     * {@code x / y}: an exact integer when the divisor divides the dividend, otherwise the
     * quotient as OPA's 64-bit-mantissa big.Float computes it (see {@link BigFloat64}).
     */
    static Value div(BuiltinContext ctx, List<Value> args) {
        NumberValue x = Operands.number(args, 1);
        NumberValue y = Operands.number(args, 2);
        if (y.signum() == 0) {
            throw new BuiltinFailure("divide by zero");
        }
        if (x.isLong() && y.isLong()) {
            long a = x.longValueExact();
            long b = y.longValueExact();
            if (b != -1 && a % b == 0) {
                return NumberValue.of(a / b);
            }
        }
        if (x.isInteger() && y.isInteger()) {
            BigInteger[] qr = x.toBigIntegerExact().divideAndRemainder(y.toBigIntegerExact());
            if (qr[1].signum() == 0 && x.signum() != 0) {
                return NumberValue.of(qr[0]);
            }
        }
        return NumberValue.of(BigFloat64.divide(x.toBigDecimal(), y.toBigDecimal()));
    }

    /** {@code x % y}: integers only, with the sign of the dividend (Go's truncated remainder). */
    static Value rem(BuiltinContext ctx, List<Value> args) {
        NumberValue x = Operands.number(args, 1);
        NumberValue y = Operands.number(args, 2);
        if (!x.isInteger() || !y.isInteger()) {
            throw new BuiltinFailure("modulo on floating-point number");
        }
        if (y.signum() == 0) {
            throw new BuiltinFailure("modulo by zero");
        }
        if (x.isLong() && y.isLong()) {
            long b = y.longValueExact();
            return NumberValue.of(b == -1 ? 0 : x.longValueExact() % b);
        }
        return NumberValue.of(x.toBigIntegerExact().remainder(y.toBigIntegerExact()));
    }

    /** {@code abs(x)}. */
    static Value abs(BuiltinContext ctx, List<Value> args) {
        NumberValue x = Operands.number(args, 1);
        return x.signum() < 0 ? x.negate() : x;
    }

    /** {@code round(x)}: to the nearest integer, halves away from zero. */
    static Value round(BuiltinContext ctx, List<Value> args) {
        return toInteger(Operands.number(args, 1), RoundingMode.HALF_UP);
    }

    /** {@code ceil(x)}. */
    static Value ceil(BuiltinContext ctx, List<Value> args) {
        return toInteger(Operands.number(args, 1), RoundingMode.CEILING);
    }

    /** {@code floor(x)}. */
    static Value floor(BuiltinContext ctx, List<Value> args) {
        return toInteger(Operands.number(args, 1), RoundingMode.FLOOR);
    }

    private static NumberValue toInteger(NumberValue x, RoundingMode mode) {
        return x.isInteger() ? x : NumberValue.of(x.toBigDecimal().setScale(0, mode));
    }

    /** {@code numbers.range(a, b)}: the integers from a to b inclusive, ascending or descending. */
    static Value range(BuiltinContext ctx, List<Value> args) {
        BigInteger a = integerOperand(args, 1);
        BigInteger b = integerOperand(args, 2);
        return rangeOf(ctx, a, b, BigInteger.ONE);
    }

    /** {@code numbers.range_step(a, b, step)}: a, a±step, ... not passing b. */
    static Value rangeStep(BuiltinContext ctx, List<Value> args) {
        BigInteger a = integerOperand(args, 1);
        BigInteger b = integerOperand(args, 2);
        BigInteger step = integerOperand(args, 3);
        if (step.signum() <= 0) {
            throw new BuiltinFailure("step must be a positive integer above zero");
        }
        return rangeOf(ctx, a, b, step);
    }

    private static Value rangeOf(BuiltinContext ctx, BigInteger a, BigInteger b, BigInteger step) {
        BigInteger count = b.subtract(a).abs().divide(step).add(BigInteger.ONE);
        if (count.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw new BuiltinFailure("range of " + count + " numbers exceeds the limit of " + MAX_RANGE);
        }
        BigInteger delta = a.compareTo(b) <= 0 ? step : step.negate();
        List<Value> out = new ArrayList<>(count.intValue());
        BigInteger x = a;
        for (int i = 0; i < count.intValue(); i++) {
            if ((i & 0xffff) == 0) {
                ctx.checkCancelled();
            }
            out.add(NumberValue.of(x));
            x = x.add(delta);
        }
        return ArrayValue.of(out);
    }

    private static BigInteger integerOperand(List<Value> args, int pos) {
        NumberValue n = Operands.number(args, pos);
        if (!n.isInteger()) {
            throw new OperandTypeException("operand " + pos + " must be integer number but got floating-point number");
        }
        return n.toBigIntegerExact();
    }

    /** {@code rand.intn(str, n)}: a random integer in [0, |n|), the same for the same str in one evaluation. */
    static Value randIntn(BuiltinContext ctx, List<Value> args) {
        String key = Operands.string(args, 1);
        int n = Operands.integer(args, 2);
        if (n == 0) {
            return NumberValue.ZERO;
        }
        return ctx.memoize("rand.intn/" + key + "/" + n, () -> NumberValue.of(ctx.random().nextInt(Math.abs(n))));
    }
}

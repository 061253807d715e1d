package dev.authlint.rego.builtins;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.Value;
import java.math.BigInteger;
import java.util.List;

/** Bitwise operations on integers of any size (two's complement, as Go's big.Int). */
final class BitsBuiltins {

    /** Largest shift accepted, so {@code bits.lsh(1, 1e9)} cannot exhaust memory. */
    private static final int MAX_SHIFT = 1 << 16;

    private BitsBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("bits.or", 2, "bits", (ctx, args) -> NumberValue.of(integer(args, 1).or(integer(args, 2))));
        b.add("bits.and", 2, "bits", (ctx, args) -> NumberValue.of(integer(args, 1).and(integer(args, 2))));
        b.add("bits.xor", 2, "bits", (ctx, args) -> NumberValue.of(integer(args, 1).xor(integer(args, 2))));
        b.add("bits.negate", 1, "bits", (ctx, args) -> NumberValue.of(integer(args, 1).not()));
        b.add("bits.lsh", 2, "bits", BitsBuiltins::shiftLeft);
        b.add("bits.rsh", 2, "bits", BitsBuiltins::shiftRight);
    }

    private static BigInteger integer(List<Value> args, int pos) {
        NumberValue n = Operands.number(args, pos);
        if (!n.isInteger()) {
            throw new OperandTypeException("operand " + pos + " must be integer number but got floating-point number");
        }
        return n.toBigIntegerExact();
    }

    private static int shift(List<Value> args) {
        BigInteger s = integer(args, 2);
        if (s.signum() < 0) {
            throw new OperandTypeException("operand 2 must be an unsigned integer number but got a negative integer");
        }
        if (s.compareTo(BigInteger.valueOf(MAX_SHIFT)) > 0) {
            throw new BuiltinFailure("shift of " + s + " bits exceeds the limit of " + MAX_SHIFT);
        }
        return s.intValue();
    }

    /** {@code bits.lsh(x, s)}. */
    static Value shiftLeft(BuiltinContext ctx, List<Value> args) {
        return NumberValue.of(integer(args, 1).shiftLeft(shift(args)));
    }

    /** {@code bits.rsh(x, s)}: arithmetic shift. */
    static Value shiftRight(BuiltinContext ctx, List<Value> args) {
        return NumberValue.of(integer(args, 1).shiftRight(shift(args)));
    }
}

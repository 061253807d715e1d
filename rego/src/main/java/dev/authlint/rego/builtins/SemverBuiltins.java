package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code semver.is_valid} and {@code semver.compare} (Semantic Versioning 2.0.0, no "v" prefix). */
final class SemverBuiltins {

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    private SemverBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("semver.is_valid", 1, "semver", SemverBuiltins::isValid);
        b.add("semver.compare", 2, "semver", SemverBuiltins::compare);
    }

    /** {@code semver.is_valid(x)}: false for anything but a valid version string. */
    static Value isValid(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0) instanceof StringValue s && SEMVER.matcher(s.value()).matches());
    }

    /** {@code semver.compare(a, b)}: -1, 0 or 1 by SemVer precedence (build metadata ignored). */
    static Value compare(BuiltinContext ctx, List<Value> args) {
        Matcher a = parse(args, 1);
        Matcher b = parse(args, 2);
        for (int g = 1; g <= 3; g++) {
            int c = new BigInteger(a.group(g)).compareTo(new BigInteger(b.group(g)));
            if (c != 0) {
                return NumberValue.of(Integer.signum(c));
            }
        }
        return NumberValue.of(comparePrerelease(a.group(4), b.group(4)));
    }

    private static Matcher parse(List<Value> args, int pos) {
        String s = Operands.string(args, pos);
        Matcher m = SEMVER.matcher(s);
        if (!m.matches()) {
            throw new BuiltinFailure("operand " + pos + ": string " + StringValue.of(s).toRegoString()
                    + " is not a valid SemVer");
        }
        return m;
    }

    private static int comparePrerelease(String a, String b) {
        if (a == null || b == null) {
            // A version without a pre-release ranks above one with it.
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = x[i].chars().allMatch(Character::isDigit);
            boolean yn = y[i].chars().allMatch(Character::isDigit);
            int c;
            if (xn && yn) {
                c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
            } else if (xn || yn) {
                c = xn ? -1 : 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}

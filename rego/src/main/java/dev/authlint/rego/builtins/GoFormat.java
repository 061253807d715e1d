package dev.authlint.rego.builtins;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small emulator of Go's {@code fmt.Sprintf}, as {@code sprintf} needs it: verbs
 * {@code %v %s %d %f %F %e %E %g %G %x %X %o %O %b %c %q %U %t %T %%}, flags {@code + - # 0 space},
 * width, precision, {@code *} and {@code [n]} argument indexes, and Go's error forms
 * ({@code %!d(string=x)}, {@code %!d(MISSING)}, {@code %!(EXTRA int=1)}, {@code %!(NOVERB)}).
 *
 * <p>Operands arrive as OPA converts them: integers as Go {@code int} (or {@code *big.Int} when
 * too large), other numbers as {@code float64}, strings as strings, and everything else
 * (booleans, null, collections) as its Rego text, a string.
 */
final class GoFormat {

    private GoFormat() {
    }

    /** One Go operand: its Go type name and Java value (Long, BigInteger, Double or String). */
    private record Arg(String goType, Object value) {
    }

    /** Formats {@code format} with Rego operands, as OPA's {@code sprintf}. */
    static String sprintf(String format, List<Value> operands) {
        List<Arg> args = new ArrayList<>(operands.size());
        for (Value v : operands) {
            args.add(convert(v));
        }
        return new Formatter(format, args).run();
    }

    private static Arg convert(Value v) {
        if (v instanceof NumberValue n) {
            if (n.isInteger()) {
                return n.isLong() ? new Arg("int", n.longValueExact()) : new Arg("*big.Int", n.toBigIntegerExact());
            }
            return new Arg("float64", n.doubleValue());
        }
        if (v instanceof StringValue s) {
            return new Arg("string", s.value());
        }
        return new Arg("string", v.toRegoString());
    }

    private static final class Formatter {
        private final String format;
        private final List<Arg> args;
        private final StringBuilder out = new StringBuilder();
        private int argNum;
        private boolean reordered;

        // Per-verb state.
        private boolean plus;
        private boolean minus;
        private boolean sharp;
        private boolean zero;
        private boolean space;
        private int width;
        private int precision;

        Formatter(String format, List<Arg> args) {
            this.format = format;
            this.args = args;
        }

        String run() {
            int i = 0;
            int n = format.length();
            boolean afterIndex = false;
            while (i < n) {
                char c = format.charAt(i);
                if (c != '%') {
                    out.append(c);
                    i++;
                    continue;
                }
                i++;
                plus = minus = sharp = zero = space = false;
                width = -1;
                precision = -1;
                // Flags.
                for (; i < n; i++) {
                    char f = format.charAt(i);
                    if (f == '+') {
                        plus = true;
                    } else if (f == '-') {
                        minus = true;
                        zero = false;
                    } else if (f == '#') {
                        sharp = true;
                    } else if (f == '0') {
                        zero = !minus;
                    } else if (f == ' ') {
                        space = true;
                    } else {
                        break;
                    }
                }
                // Argument index, width.
                int[] idx = argIndex(i);
                i = idx[0];
                afterIndex = idx[1] == 1;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    Integer w = intArg();
                    if (w == null) {
                        out.append("%!(BADWIDTH)");
                    } else {
                        width = w;
                        if (w < 0) {
                            minus = true;
                            zero = false;
                            width = -w;
                        }
                    }
                    afterIndex = false;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    if (i > start) {
                        width = Integer.parseInt(format.substring(start, Math.min(i, start + 9)));
                    }
                }
                // Precision.
                if (i < n && format.charAt(i) == '.') {
                    i++;
                    idx = argIndex(i);
                    i = idx[0];
                    afterIndex = afterIndex || idx[1] == 1;
                    if (i < n && format.charAt(i) == '*') {
                        i++;
                        Integer p = intArg();
                        if (p == null || p < 0) {
                            out.append("%!(BADPREC)");
                            precision = -1;
                        } else {
                            precision = p;
                        }
                        afterIndex = false;
                    } else {
                        int start = i;
                        while (i < n && Character.isDigit(format.charAt(i))) {
                            i++;
                        }
                        precision = i > start ? Integer.parseInt(format.substring(start, Math.min(i, start + 9))) : 0;
                    }
                }
                if (!afterIndex) {
                    idx = argIndex(i);
                    i = idx[0];
                }
                if (i >= n) {
                    out.append("%!(NOVERB)");
                    break;
                }
                int verb = format.codePointAt(i);
                i += Character.charCount(verb);
                if (verb == '%') {
                    out.append('%');
                    continue;
                }
                if (argNum >= args.size()) {
                    out.append("%!").appendCodePoint(verb).append("(MISSING)");
                    continue;
                }
                Arg arg = args.get(argNum++);
                formatArg(verb, arg);
            }
            if (!reordered && argNum < args.size()) {
                out.append("%!(EXTRA ");
                for (int a = argNum; a < args.size(); a++) {
                    if (a > argNum) {
                        out.append(", ");
                    }
                    Arg arg = args.get(a);
                    out.append(arg.goType()).append('=').append(plainV(arg));
                }
                out.append(')');
            }
            return out.toString();
        }

        /** Parses an optional {@code [n]}; returns the new position and whether one was found. */
        private int[] argIndex(int i) {
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                reordered = true;
                if (close > i + 1) {
                    try {
                        int n = Integer.parseInt(format.substring(i + 1, close));
                        if (n >= 1 && n <= args.size() + 1) {
                            argNum = n - 1;
                            return new int[] {close + 1, 1};
                        }
                    } catch (NumberFormatException ignored) {
                        // falls through to BADINDEX
                    }
                }
                out.append("%!(BADINDEX)");
                return new int[] {close < 0 ? format.length() : close + 1, 0};
            }
            return new int[] {i, 0};
        }

        private Integer intArg() {
            if (argNum < args.size() && args.get(argNum).value() instanceof Long l
                    && Math.abs(l) <= 1_000_000) {
                argNum++;
                return l.intValue();
            }
            if (argNum < args.size()) {
                argNum++;
            }
            return null;
        }

        private void formatArg(int verb, Arg arg) {
            if (verb == 'T') {
                pad(arg.goType());
                return;
            }
            Object v = arg.value();
            if (v instanceof Long l) {
                formatInteger(verb, BigInteger.valueOf(l), arg);
            } else if (v instanceof BigInteger b) {
                if (verb == 's' || verb == 'v') {
                    formatInteger('d', b, arg);
                } else {
                    formatInteger(verb, b, arg);
                }
            } else if (v instanceof Double d) {
                formatFloat(verb, d, arg);
            } else {
                formatString(verb, (String) v, arg);
            }
        }

        private void badVerb(int verb, Arg arg) {
            out.append("%!").appendCodePoint(verb).append('(').append(arg.goType()).append('=')
                    .append(plainV(arg)).append(')');
        }

        private String plainV(Arg arg) {
            Object v = arg.value();
            if (v instanceof Double d) {
                return formatG(d, -1, false, 'e');
            }
            return v.toString();
        }

        private void formatInteger(int verb, BigInteger x, Arg arg) {
            String digits;
            String prefix = "";
            switch (verb) {
                case 'v', 'd' -> digits = x.abs().toString();
                case 'b' -> digits = x.abs().toString(2);
                case 'o', 'O' -> {
                    digits = x.abs().toString(8);
                    if (verb == 'O') {
                        prefix = "0o";
                    } else if (sharp) {
                        prefix = "0";
                    }
                }
                case 'x' -> {
                    digits = x.abs().toString(16);
                    prefix = sharp ? "0x" : "";
                }
                case 'X' -> {
                    digits = x.abs().toString(16).toUpperCase(Locale.ROOT);
                    prefix = sharp ? "0X" : "";
                }
                case 'c' -> {
                    pad(new String(Character.toChars(validCodePoint(x))));
                    return;
                }
                case 'q' -> {
                    pad("'" + new String(Character.toChars(validCodePoint(x))) + "'");
                    return;
                }
                case 'U' -> {
                    String hex = Integer.toHexString(validCodePoint(x)).toUpperCase(Locale.ROOT);
                    pad("U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex);
                    return;
                }
                default -> {
                    badVerb(verb, arg);
                    return;
                }
            }
            if (precision >= 0) {
                if (precision == 0 && x.signum() == 0) {
                    digits = "";
                }
                if (digits.length() < precision) {
                    digits = "0".repeat(precision - digits.length()) + digits;
                }
            }
            String sign = x.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
            padNumber(sign, prefix, digits, precision < 0);
        }

        private int validCodePoint(BigInteger x) {
            if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(Character.MAX_CODE_POINT)) > 0
                    || (x.intValue() >= 0xD800 && x.intValue() <= 0xDFFF)) {
                return 0xFFFD;
            }
            return x.intValue();
        }

        private void formatFloat(int verb, double d, Arg arg) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                String s = Double.isNaN(d) ? (plus ? "+NaN" : space ? " NaN" : "NaN")
                        : d < 0 ? "-Inf" : space && !plus ? " Inf" : "+Inf";
                boolean z = zero;
                zero = false;
                pad(s);
                zero = z;
                return;
            }
            String body;
            switch (verb) {
                case 'v', 'g', 'G' -> body = formatG(Math.abs(d), precision, sharp, verb == 'G' ? 'E' : 'e');
                case 'f', 'F' -> body = new BigDecimal(Math.abs(d)).setScale(precision < 0 ? 6 : precision,
                        RoundingMode.HALF_EVEN).toPlainString();
                case 'e', 'E' -> body = formatE(new BigDecimal(Math.abs(d)), precision < 0 ? 6 : precision,
                        verb == 'E' ? 'E' : 'e');
                default -> {
                    badVerb(verb, arg);
                    return;
                }
            }
            if (sharp && !body.contains(".") && verb != 'v' && verb != 'g' && verb != 'G') {
                int e = Math.max(body.indexOf('e'), body.indexOf('E'));
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
            boolean negative = d < 0 || (d == 0 && 1 / d < 0);
            String sign = negative ? "-" : plus ? "+" : space ? " " : "";
            padNumber(sign, "", body, true);
        }

        private void formatString(int verb, String s, Arg arg) {
            switch (verb) {
                case 'v', 's' -> pad(precision >= 0 ? truncateRunes(s, precision) : s);
                case 'q' -> pad(StringValue.of(precision >= 0 ? truncateRunes(s, precision) : s).toRegoString());
                case 'x', 'X' -> {
                    StringBuilder hex = new StringBuilder();
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    int limit = precision >= 0 ? Math.min(precision, bytes.length) : bytes.length;
                    for (int i = 0; i < limit; i++) {
                        if (space && i > 0) {
                            hex.append(' ');
                        }
                        if (sharp && (space || i == 0)) {
                            hex.append(verb == 'x' ? "0x" : "0X");
                        }
                        String h = String.format("%02x", bytes[i] & 0xff);
                        hex.append(verb == 'X' ? h.toUpperCase(Locale.ROOT) : h);
                    }
                    pad(hex.toString());
                }
                default -> badVerb(verb, arg);
            }
        }

        private static String truncateRunes(String s, int n) {
            int count = s.codePointCount(0, s.length());
            return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
        }

        /** Pads text to the width with spaces (or zeros with the 0 flag, as Go does for strings too). */
        private void pad(String s) {
            int len = s.codePointCount(0, s.length());
            if (width <= len) {
                out.append(s);
                return;
            }
            String fill = (zero ? "0" : " ").repeat(width - len);
            if (minus) {
                out.append(s).append(" ".repeat(width - len));
            } else {
                out.append(fill).append(s);
            }
        }

        private void padNumber(String sign, String prefix, String digits, boolean zeroAllowed) {
            int len = sign.length() + prefix.length() + digits.length();
            if (width <= len) {
                out.append(sign).append(prefix).append(digits);
            } else if (minus) {
                out.append(sign).append(prefix).append(digits).append(" ".repeat(width - len));
            } else if (zero && zeroAllowed) {
                out.append(sign).append(prefix).append("0".repeat(width - len)).append(digits);
            } else {
                out.append(" ".repeat(width - len)).append(sign).append(prefix).append(digits);
            }
        }
    }

    /** Go's %e: one digit, a fraction of {@code prec} digits, and an exponent of at least two digits. */
    static String formatE(BigDecimal x, int prec, char e) {
        if (x.signum() == 0) {
            return (prec > 0 ? "0." + "0".repeat(prec) : "0") + e + "+00";
        }
        BigDecimal rounded = x.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().abs().toString();
        if (digits.length() < prec + 1) {
            digits = digits + "0".repeat(prec + 1 - digits.length());
        }
        digits = digits.substring(0, prec + 1);
        String mantissa = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
        return mantissa + e + exponent(exp);
    }

    private static String exponent(int exp) {
        String sign = exp < 0 ? "-" : "+";
        int a = Math.abs(exp);
        return sign + (a < 10 ? "0" : "") + a;
    }

    /**
     * Go's %g for a non-negative double. {@code prec < 0} means the shortest decimal that
     * round-trips, in exponent form when the exponent is below -4 or at least 6 (so Go's
     * {@code %v} prints 1e+06); otherwise {@code prec} significant digits, trailing zeros dropped.
     */
    static String formatG(double x, int prec, boolean sharp, char e) {
        if (x == 0) {
            return "0";
        }
        BigDecimal digits;
        int eprec;
        if (prec < 0) {
            digits = new BigDecimal(Double.toString(x)).stripTrailingZeros();
            eprec = 6;
        } else {
            int p = prec == 0 ? 1 : prec;
            digits = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            int exp = digits.precision() - digits.scale() - 1;
            // Go: a precision beyond the digits of an integer-valued result does not force exponent form.
            eprec = p > digits.precision() && digits.precision() >= exp + 1 ? digits.precision() : p;
        }
        int exp = digits.precision() - digits.scale() - 1;
        if (exp < -4 || exp >= eprec) {
            String unscaled = digits.unscaledValue().toString();
            String mantissa = unscaled.length() > 1 ? unscaled.charAt(0) + "." + unscaled.substring(1) : unscaled;
            return mantissa + e + exponent(exp);
        }
        return digits.toPlainString();
    }
}

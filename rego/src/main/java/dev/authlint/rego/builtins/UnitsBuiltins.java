package dev.authlint.rego.builtins;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code units.parse} (SI and binary-SI quantities, as Kubernetes resource strings) and
 * {@code units.parse_bytes}.
 */
final class UnitsBuiltins {

    /** OPA rejects exponents longer than this, so {@code 1e999999999} cannot exhaust memory. */
    private static final int MAX_EXPONENT_DIGITS = 6;

    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final BigDecimal K = BigDecimal.valueOf(1000);
    private static final BigDecimal KI = BigDecimal.valueOf(1024);

    /** units.parse suffixes; only the first letter is case-sensitive ("m" milli, "M" mega). */
    private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", K), Map.entry("K", K),
            Map.entry("ki", KI), Map.entry("Ki", KI),
            Map.entry("M", K.pow(2)),
            Map.entry("mi", KI.pow(2)), Map.entry("Mi", KI.pow(2)),
            Map.entry("g", K.pow(3)), Map.entry("G", K.pow(3)),
            Map.entry("gi", KI.pow(3)), Map.entry("Gi", KI.pow(3)),
            Map.entry("t", K.pow(4)), Map.entry("T", K.pow(4)),
            Map.entry("ti", KI.pow(4)), Map.entry("Ti", KI.pow(4)),
            Map.entry("p", K.pow(5)), Map.entry("P", K.pow(5)),
            Map.entry("pi", KI.pow(5)), Map.entry("Pi", KI.pow(5)),
            Map.entry("e", K.pow(6)), Map.entry("E", K.pow(6)),
            Map.entry("ei", KI.pow(6)), Map.entry("Ei", KI.pow(6)));

    /** units.parse_bytes suffixes, matched after lower-casing. */
    private static final Map<String, BigDecimal> BYTE_UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("k", K), Map.entry("kb", K), Map.entry("ki", KI), Map.entry("kib", KI),
            Map.entry("m", K.pow(2)), Map.entry("mb", K.pow(2)), Map.entry("mi", KI.pow(2)), Map.entry("mib", KI.pow(2)),
            Map.entry("g", K.pow(3)), Map.entry("gb", K.pow(3)), Map.entry("gi", KI.pow(3)), Map.entry("gib", KI.pow(3)),
            Map.entry("t", K.pow(4)), Map.entry("tb", K.pow(4)), Map.entry("ti", KI.pow(4)), Map.entry("tib", KI.pow(4)),
            Map.entry("p", K.pow(5)), Map.entry("pb", K.pow(5)), Map.entry("pi", KI.pow(5)), Map.entry("pib", KI.pow(5)),
            Map.entry("e", K.pow(6)), Map.entry("eb", K.pow(6)), Map.entry("ei", KI.pow(6)), Map.entry("eib", KI.pow(6)));

    private UnitsBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("units.parse", 1, "units", UnitsBuiltins::parse);
        b.add("units.parse_bytes", 1, "units", UnitsBuiltins::parseBytes);
    }

    /**
     * {@code units.parse(x)}: "10k" → 10000, "1Gi" → 1073741824, "100m" → 0.1. Quotes are
     * ignored; a fraction keeps ten decimal places at most.
     */
    static Value parse(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1).replace("\"", "");
        String[] parts = split(s);
        String unit = parts[1];
        if (unit.length() > 1) {
            unit = unit.charAt(0) + unit.substring(1).toLowerCase(Locale.ROOT);
        }
        BigDecimal factor = UNITS.get(unit);
        if (factor == null) {
            throw new BuiltinFailure("unit " + unit + " not recognized");
        }
        BigDecimal amount = amount(parts[0], "could not parse amount to a number");
        BigDecimal result = amount.multiply(factor);
        if (result.stripTrailingZeros().scale() > 10) {
            result = result.setScale(10, RoundingMode.HALF_UP);
        }
        return NumberValue.of(result);
    }

    /** {@code units.parse_bytes(x)}: "10KB" → 10000, "1KiB" → 1024; case-insensitive, truncated to an integer. */
    static Value parseBytes(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1).toLowerCase(Locale.ROOT).replace("\"", "");
        String[] parts = splitBytes(s);
        BigDecimal factor = BYTE_UNITS.get(parts[1]);
        if (factor == null) {
            throw new BuiltinFailure("byte unit " + parts[1] + " not recognized");
        }
        BigDecimal amount = amount(parts[0], "could not parse byte amount to a number");
        return NumberValue.of(amount.multiply(factor).setScale(0, RoundingMode.DOWN));
    }

    private static String[] split(String s) {
        if (s.contains(" ")) {
            throw new BuiltinFailure("spaces not allowed in resource strings");
        }
        String[] parts = splitNumberAndUnit(s);
        if (parts[0].isEmpty()) {
            throw new BuiltinFailure("no amount provided");
        }
        return parts;
    }

    private static String[] splitBytes(String s) {
        if (s.contains(" ")) {
            throw new BuiltinFailure("spaces not allowed in resource strings");
        }
        String[] parts = splitNumberAndUnit(s);
        if (parts[0].isEmpty()) {
            throw new BuiltinFailure("no byte amount provided");
        }
        return parts;
    }

    private static BigDecimal amount(String text, String error) {
        if (!AMOUNT.matcher(text).matches()) {
            throw new BuiltinFailure(error);
        }
        BigDecimal amount = new BigDecimal(text);
        // Six exponent digits still allow 1e999999: refuse results too large to expand.
        if (amount.signum() != 0 && Math.abs((long) amount.precision() - amount.scale()) > NumberValue.MAX_DIGITS) {
            throw new BuiltinFailure("exponent too large");
        }
        return amount;
    }

    /**
     * Splits "10.5e3Ki" into the amount "10.5e3" and the unit "Ki": the amount is the leading
     * run of digits, dots, signs and exponents ("e" counts only when a digit or sign follows,
     * so "5e" is 5 exa).
     */
    private static String[] splitNumberAndUnit(String s) {
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean numeric = (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-';
            if (c == 'e' || c == 'E') {
                boolean exponent = i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1))
                        || s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-');
                if (!exponent) {
                    end = i;
                    break;
                }
                if (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
                    i++;
                }
                int digits = 0;
                while (i + 1 + digits < s.length() && Character.isDigit(s.charAt(i + 1 + digits))) {
                    digits++;
                }
                if (digits > MAX_EXPONENT_DIGITS) {
                    throw new BuiltinFailure("exponent too large");
                }
            } else if (!numeric) {
                end = i;
                break;
            }
        }
        return new String[] {s.substring(0, end), s.substring(end)};
    }
}

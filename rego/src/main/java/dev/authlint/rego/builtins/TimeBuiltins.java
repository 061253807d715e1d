package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Time builtins over nanoseconds since the Unix epoch. A time operand is a number, or an array
 * {@code [ns, tz]} (tz "" or "UTC", "Local", or an IANA name), and for {@code time.format}
 * {@code [ns, tz, layout]} with a Go layout.
 */
final class TimeBuiltins {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private TimeBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addNondeterministic("time.now_ns", 0, "time", (ctx, args) -> NumberValue.of(ctx.nowNs()));
        b.add("time.parse_ns", 2, "time", TimeBuiltins::parseNs);
        b.add("time.parse_rfc3339_ns", 1, "time", TimeBuiltins::parseRfc3339Ns);
        b.add("time.parse_duration_ns", 1, "time", TimeBuiltins::parseDurationNs);
        b.add("time.format", 1, "time", TimeBuiltins::format);
        b.add("time.date", 1, "time", TimeBuiltins::date);
        b.add("time.clock", 1, "time", TimeBuiltins::clock);
        b.add("time.weekday", 1, "time", TimeBuiltins::weekday);
        b.add("time.add_date", 4, "time", TimeBuiltins::addDate);
        b.add("time.diff", 2, "time", TimeBuiltins::diff);
    }

    private static NumberValue nanos(Instant t) {
        BigInteger ns = BigInteger.valueOf(t.getEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(t.getNano()));
        if (ns.bitLength() >= 64) {
            throw new BuiltinFailure("time outside of valid range");
        }
        return NumberValue.of(ns.longValue());
    }

    /** {@code time.parse_ns(layout, value)}: Go layouts, or Go's layout names such as "RFC822". */
    static Value parseNs(BuiltinContext ctx, List<Value> args) {
        String layout = Operands.string(args, 1);
        String value = Operands.string(args, 2);
        return nanos(GoTimeLayout.parse(layout, value));
    }

    /** {@code time.parse_rfc3339_ns(value)}. */
    static Value parseRfc3339Ns(BuiltinContext ctx, List<Value> args) {
        return nanos(GoTimeLayout.parse("2006-01-02T15:04:05Z07:00", Operands.string(args, 1)));
    }

    /**
     * {@code time.parse_duration_ns(duration)}: Go's time.ParseDuration, e.g. "1h30m",
     * "1.5s", "300ms", "-2us"; units ns, us (µs), ms, s, m, h.
     */
    static Value parseDurationNs(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        String orig = GoTimeLayout.quote(s);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return NumberValue.ZERO;
        }
        if (i == s.length()) {
            throw new BuiltinFailure("time: invalid duration " + orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw new BuiltinFailure("time: invalid duration " + orig);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                throw new BuiltinFailure("time: missing unit in duration " + orig);
            }
            long factor = switch (unit) {
                case "ns" -> 1L;
                case "us", "\u00b5s", "\u03bcs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> throw new BuiltinFailure("time: unknown unit " + GoTimeLayout.quote(unit)
                        + " in duration " + orig);
            };
            total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(factor)));
        }
        BigInteger ns = total.setScale(0, RoundingMode.DOWN).toBigInteger();
        if (negative) {
            ns = ns.negate();
        }
        if (ns.bitLength() >= 64) {
            throw new BuiltinFailure("time: invalid duration " + orig);
        }
        return NumberValue.of(ns.longValue());
    }

    /** A time operand: ns, or [ns, tz], or (for time.format) [ns, tz, layout]. */
    private record TimeArg(long ns, ZoneId zone, String layout) {
        ZonedDateTime dateTime() {
            return GoTimeLayout.at(ns, zone);
        }
    }

    private static TimeArg timeArg(List<Value> args, int pos, boolean allowLayout) {
        Value v = args.get(pos - 1);
        if (v instanceof NumberValue n) {
            return new TimeArg(nsValue(n, pos), ZoneOffset.UTC, null);
        }
        if (v instanceof ArrayValue a && (a.size() == 2 || (allowLayout && a.size() == 3))) {
            if (!(a.get(0) instanceof NumberValue n)) {
                throw new OperandTypeException("operand " + pos + " must be number but got " + a.get(0).typeName());
            }
            if (!(a.get(1) instanceof StringValue tz)) {
                throw new OperandTypeException("operand " + pos + " must be string but got " + a.get(1).typeName());
            }
            String layout = null;
            if (a.size() == 3) {
                if (!(a.get(2) instanceof StringValue l)) {
                    throw new OperandTypeException("operand " + pos + " must be string but got " + a.get(2).typeName());
                }
                layout = l.value();
            }
            return new TimeArg(nsValue(n, pos), GoTimeLayout.zone(tz.value()), layout);
        }
        if (v instanceof ArrayValue) {
            throw new OperandTypeException("operand " + pos + " must be array of " + (allowLayout ? "2 or 3" : "2")
                    + " elements but got array of " + ((ArrayValue) v).size());
        }
        throw Operands.oneOf(pos, v, "number", "array");
    }

    private static long nsValue(NumberValue n, int pos) {
        BigInteger i = n.isInteger() ? n.toBigIntegerExact() : n.toBigDecimal().setScale(0, RoundingMode.FLOOR).toBigInteger();
        if (i.bitLength() >= 64) {
            throw new BuiltinFailure("operand " + pos + ": timestamp too big");
        }
        return i.longValue();
    }

    /** {@code time.format(x)}: RFC 3339 with nanoseconds unless a layout is given. */
    static Value format(BuiltinContext ctx, List<Value> args) {
        TimeArg t = timeArg(args, 1, true);
        String layout = t.layout() == null ? "2006-01-02T15:04:05.999999999Z07:00" : t.layout();
        return StringValue.of(GoTimeLayout.format(t.dateTime(), layout));
    }

    /** {@code time.date(x)}: [year, month, day]. */
    static Value date(BuiltinContext ctx, List<Value> args) {
        ZonedDateTime t = timeArg(args, 1, false).dateTime();
        return ArrayValue.of(NumberValue.of(t.getYear()), NumberValue.of(t.getMonthValue()), NumberValue.of(t.getDayOfMonth()));
    }

    /** {@code time.clock(x)}: [hour, minute, second]. */
    static Value clock(BuiltinContext ctx, List<Value> args) {
        ZonedDateTime t = timeArg(args, 1, false).dateTime();
        return ArrayValue.of(NumberValue.of(t.getHour()), NumberValue.of(t.getMinute()), NumberValue.of(t.getSecond()));
    }

    /** {@code time.weekday(x)}: "Monday" ... "Sunday". */
    static Value weekday(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(timeArg(args, 1, false).dateTime().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /**
     * {@code time.add_date(ns, years, months, days)}: as Go's Time.AddDate, which normalises
     * overflow (31 January plus one month is 2 or 3 March), in UTC; undefined when the result
     * does not fit int64 nanoseconds.
     */
    static Value addDate(BuiltinContext ctx, List<Value> args) {
        long ns = nsValue(Operands.number(args, 1), 1);
        int years = Operands.integer(args, 2);
        int months = Operands.integer(args, 3);
        int days = Operands.integer(args, 4);
        ZonedDateTime t = GoTimeLayout.at(ns, ZoneOffset.UTC);
        try {
            long totalMonths = (long) t.getYear() * 12 + (t.getMonthValue() - 1) + (long) years * 12 + months;
            long year = Math.floorDiv(totalMonths, 12);
            int month = Math.floorMod(totalMonths, 12) + 1;
            LocalDate date = LocalDate.of(Math.toIntExact(year), month, 1).plusDays((long) t.getDayOfMonth() - 1 + days);
            return nanos(date.atTime(t.toLocalTime()).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | ArithmeticException | BuiltinFailure e) {
            // A date beyond the range of int64 nanoseconds has no answer: undefined, as in regorus
            // (Go would silently wrap around).
            return null;
        }
    }

    /**
     * {@code time.diff(a, b)}: [years, months, days, hours, minutes, seconds] between two times
     * (in a's zone, order-insensitive), borrowing as calendar arithmetic does.
     */
    static Value diff(BuiltinContext ctx, List<Value> args) {
        TimeArg x = timeArg(args, 1, false);
        TimeArg y = timeArg(args, 2, false);
        ZonedDateTime a = x.dateTime();
        ZonedDateTime b = y.dateTime().withZoneSameInstant(x.zone());
        if (a.isAfter(b)) {
            ZonedDateTime swap = a;
            a = b;
            b = swap;
        }
        int year = b.getYear() - a.getYear();
        int month = b.getMonthValue() - a.getMonthValue();
        int day = b.getDayOfMonth() - a.getDayOfMonth();
        int hour = b.getHour() - a.getHour();
        int minute = b.getMinute() - a.getMinute();
        int second = b.getSecond() - a.getSecond();
        if (second < 0) {
            second += 60;
            minute--;
        }
        if (minute < 0) {
            minute += 60;
            hour--;
        }
        if (hour < 0) {
            hour += 24;
            day--;
        }
        if (day < 0) {
            day += LocalDate.of(a.getYear(), a.getMonthValue(), 1).lengthOfMonth();
            month--;
        }
        if (month < 0) {
            month += 12;
            year--;
        }
        return ArrayValue.of(NumberValue.of(year), NumberValue.of(month), NumberValue.of(day),
                NumberValue.of(hour), NumberValue.of(minute), NumberValue.of(second));
    }
}

package dev.authlint.rego.builtins;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's reference-time layouts ({@code "2006-01-02T15:04:05Z07:00"}) for formatting and parsing,
 * as {@code time.format} and {@code time.parse_ns} use them. Supports Go's elements: month,
 * weekday and year forms, 12/24-hour clocks, AM/PM, fixed and trimmed fractional seconds, numeric
 * and named zones, day of year; everything else is literal text.
 */
final class GoTimeLayout {

    /** Go's named layouts, accepted wherever a layout is. */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"),
            Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
            Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"),
            Map.entry("RFC822", "02 Jan 06 15:04 MST"),
            Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"),
            Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
            Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
            Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
            Map.entry("RFC3339", "2006-01-02T15:04:05Z07:00"),
            Map.entry("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"),
            Map.entry("Kitchen", "3:04PM"),
            Map.entry("Stamp", "Jan _2 15:04:05"),
            Map.entry("StampMilli", "Jan _2 15:04:05.000"),
            Map.entry("StampMicro", "Jan _2 15:04:05.000000"),
            Map.entry("StampNano", "Jan _2 15:04:05.000000000"),
            Map.entry("DateTime", "2006-01-02 15:04:05"),
            Map.entry("DateOnly", "2006-01-02"),
            Map.entry("TimeOnly", "15:04:05"));

    /** The layout elements, named after Go's std* constants. */
    enum Std {
        LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
        UNDER_YEAR_DAY, ZERO_YEAR_DAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND,
        ZERO_SECOND, LONG_YEAR, YEAR, PM, LOWER_PM, TZ, ISO_TZ, ISO_SHORT_TZ, ISO_COLON_TZ,
        ISO_SECONDS_TZ, ISO_COLON_SECONDS_TZ, NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ,
        NUM_COLON_SECONDS_TZ, FRAC0, FRAC9
    }

    /** One layout chunk: literal text, or an element (with the digit count of a fraction). */
    record Chunk(String literal, Std std, int digits, char separator) {
    }

    private GoTimeLayout() {
    }

    static String resolve(String layout) {
        return NAMED.getOrDefault(layout, layout);
    }

    static List<Chunk> chunks(String layout) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            Object[] m = match(layout, i);
            if (m == null) {
                literal.append(layout.charAt(i));
                i++;
                continue;
            }
            if (literal.length() > 0) {
                out.add(new Chunk(literal.toString(), null, 0, '.'));
                literal.setLength(0);
            }
            out.add((Chunk) m[0]);
            i = (Integer) m[1];
        }
        if (literal.length() > 0) {
            out.add(new Chunk(literal.toString(), null, 0, '.'));
        }
        return out;
    }

    private static Object[] std(Std s, int end) {
        return new Object[] {new Chunk(null, s, 0, '.'), end};
    }

    /** The element starting at {@code i} (Go's nextStdChunk), or null. */
    private static Object[] match(String l, int i) {
        char c = l.charAt(i);
        switch (c) {
            case 'J':
                if (l.startsWith("January", i)) {
                    return std(Std.LONG_MONTH, i + 7);
                }
                if (l.startsWith("Jan", i)) {
                    return std(Std.MONTH, i + 3);
                }
                break;
            case 'M':
                if (l.startsWith("Monday", i)) {
                    return std(Std.LONG_WEEKDAY, i + 6);
                }
                if (l.startsWith("Mon", i)) {
                    return std(Std.WEEKDAY, i + 3);
                }
                if (l.startsWith("MST", i)) {
                    return std(Std.TZ, i + 3);
                }
                break;
            case '0':
                if (l.startsWith("002", i)) {
                    return std(Std.ZERO_YEAR_DAY, i + 3);
                }
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    Std[] byDigit = {Std.ZERO_MONTH, Std.ZERO_DAY, Std.ZERO_HOUR12, Std.ZERO_MINUTE, Std.ZERO_SECOND, Std.YEAR};
                    return std(byDigit[l.charAt(i + 1) - '1'], i + 2);
                }
                break;
            case '1':
                if (l.startsWith("15", i)) {
                    return std(Std.HOUR, i + 2);
                }
                return std(Std.NUM_MONTH, i + 1);
            case '2':
                if (l.startsWith("2006", i)) {
                    return std(Std.LONG_YEAR, i + 4);
                }
                return std(Std.DAY, i + 1);
            case '_':
                if (l.startsWith("_2", i)) {
                    // "_2006" is a literal underscore followed by the year.
                    if (l.startsWith("_2006", i)) {
                        return null;
                    }
                    return std(Std.UNDER_DAY, i + 2);
                }
                if (l.startsWith("__2", i)) {
                    return std(Std.UNDER_YEAR_DAY, i + 3);
                }
                break;
            case '3':
                return std(Std.HOUR12, i + 1);
            case '4':
                return std(Std.MINUTE, i + 1);
            case '5':
                return std(Std.SECOND, i + 1);
            case 'P':
                if (l.startsWith("PM", i)) {
                    return std(Std.PM, i + 2);
                }
                break;
            case 'p':
                if (l.startsWith("pm", i)) {
                    return std(Std.LOWER_PM, i + 2);
                }
                break;
            case '-':
                if (l.startsWith("-07:00:00", i)) {
                    return std(Std.NUM_COLON_SECONDS_TZ, i + 9);
                }
                if (l.startsWith("-070000", i)) {
                    return std(Std.NUM_SECONDS_TZ, i + 7);
                }
                if (l.startsWith("-07:00", i)) {
                    return std(Std.NUM_COLON_TZ, i + 6);
                }
                if (l.startsWith("-0700", i)) {
                    return std(Std.NUM_TZ, i + 5);
                }
                if (l.startsWith("-07", i)) {
                    return std(Std.NUM_SHORT_TZ, i + 3);
                }
                break;
            case 'Z':
                if (l.startsWith("Z07:00:00", i)) {
                    return std(Std.ISO_COLON_SECONDS_TZ, i + 9);
                }
                if (l.startsWith("Z070000", i)) {
                    return std(Std.ISO_SECONDS_TZ, i + 7);
                }
                if (l.startsWith("Z07:00", i)) {
                    return std(Std.ISO_COLON_TZ, i + 6);
                }
                if (l.startsWith("Z0700", i)) {
                    return std(Std.ISO_TZ, i + 5);
                }
                if (l.startsWith("Z07", i)) {
                    return std(Std.ISO_SHORT_TZ, i + 3);
                }
                break;
            case '.':
            case ',':
                if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                    char d = l.charAt(i + 1);
                    int j = i + 1;
                    while (j < l.length() && l.charAt(j) == d) {
                        j++;
                    }
                    if (j >= l.length() || !Character.isDigit(l.charAt(j))) {
                        return new Object[] {new Chunk(null, d == '0' ? Std.FRAC0 : Std.FRAC9, j - i - 1, c), j};
                    }
                }
                break;
            default:
                break;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Formatting

    static String format(ZonedDateTime t, String layout) {
        StringBuilder out = new StringBuilder();
        for (Chunk c : chunks(resolve(layout))) {
            if (c.literal() != null) {
                out.append(c.literal());
                continue;
            }
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            switch (c.std()) {
                case LONG_MONTH -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case MONTH -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case NUM_MONTH -> out.append(t.getMonthValue());
                case ZERO_MONTH -> pad(out, t.getMonthValue(), 2, '0');
                case LONG_WEEKDAY -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case WEEKDAY -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case DAY -> out.append(t.getDayOfMonth());
                case UNDER_DAY -> pad(out, t.getDayOfMonth(), 2, ' ');
                case ZERO_DAY -> pad(out, t.getDayOfMonth(), 2, '0');
                case UNDER_YEAR_DAY -> pad(out, t.getDayOfYear(), 3, ' ');
                case ZERO_YEAR_DAY -> pad(out, t.getDayOfYear(), 3, '0');
                case HOUR -> pad(out, t.getHour(), 2, '0');
                case HOUR12 -> out.append(hour12);
                case ZERO_HOUR12 -> pad(out, hour12, 2, '0');
                case MINUTE -> out.append(t.getMinute());
                case ZERO_MINUTE -> pad(out, t.getMinute(), 2, '0');
                case SECOND -> out.append(t.getSecond());
                case ZERO_SECOND -> pad(out, t.getSecond(), 2, '0');
                case LONG_YEAR -> {
                    int y = t.getYear();
                    if (y < 0) {
                        out.append('-');
                    }
                    pad(out, Math.abs(y), 4, '0');
                }
                case YEAR -> pad(out, Math.floorMod(t.getYear(), 100), 2, '0');
                case PM -> out.append(t.getHour() >= 12 ? "PM" : "AM");
                case LOWER_PM -> out.append(t.getHour() >= 12 ? "pm" : "am");
                case TZ -> out.append(zoneAbbreviation(t));
                case FRAC0, FRAC9 -> fraction(out, t.getNano(), c);
                default -> zone(out, t.getOffset().getTotalSeconds(), c.std());
            }
        }
        return out.toString();
    }

    /** Go prints "UTC" for UTC and the zone's abbreviation ("CET", "PST") otherwise. */
    private static String zoneAbbreviation(ZonedDateTime t) {
        ZoneId z = t.getZone();
        if (z instanceof ZoneOffset o) {
            return o.getTotalSeconds() == 0 ? "UTC" : o.getId().replace(":", "");
        }
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
    }

    private static void pad(StringBuilder out, int v, int width, char fill) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            out.append(fill);
        }
        out.append(s);
    }

    private static void fraction(StringBuilder out, int nanos, Chunk c) {
        String digits = String.format("%09d", nanos).substring(0, Math.min(9, c.digits()));
        if (c.std() == Std.FRAC9) {
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
            if (digits.isEmpty()) {
                return;
            }
        }
        out.append(c.separator()).append(digits);
    }

    private static void zone(StringBuilder out, int offsetSeconds, Std std) {
        boolean iso = std.name().startsWith("ISO");
        if (iso && offsetSeconds == 0) {
            out.append('Z');
            return;
        }
        int abs = Math.abs(offsetSeconds);
        out.append(offsetSeconds < 0 ? '-' : '+');
        pad(out, abs / 3600, 2, '0');
        boolean colon = std == Std.ISO_COLON_TZ || std == Std.NUM_COLON_TZ
                || std == Std.ISO_COLON_SECONDS_TZ || std == Std.NUM_COLON_SECONDS_TZ;
        boolean shortForm = std == Std.ISO_SHORT_TZ || std == Std.NUM_SHORT_TZ;
        if (!shortForm) {
            if (colon) {
                out.append(':');
            }
            pad(out, abs / 60 % 60, 2, '0');
        }
        if (std == Std.ISO_SECONDS_TZ || std == Std.NUM_SECONDS_TZ || std == Std.ISO_COLON_SECONDS_TZ
                || std == Std.NUM_COLON_SECONDS_TZ) {
            if (colon) {
                out.append(':');
            }
            pad(out, abs % 60, 2, '0');
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Parsing

    /** Parses {@code value} with {@code layout}; times without a zone are UTC, as Go's time.Parse. */
    static Instant parse(String layout, String value) {
        String resolved = resolve(layout);
        List<Chunk> chunks = chunks(resolved);
        Parser p = new Parser(value, layout);
        int year = 1;
        int month = 1;
        int day = 1;
        int yearDay = -1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        Integer offset = null;
        boolean pm = false;
        boolean pmSet = false;
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            if (c.literal() != null) {
                p.expect(c.literal());
                continue;
            }
            switch (c.std()) {
                case LONG_MONTH -> month = p.name(Month.values(), TextStyle.FULL) + 1;
                case MONTH -> month = p.name(Month.values(), TextStyle.SHORT) + 1;
                case NUM_MONTH, ZERO_MONTH -> month = p.number(c.std() == Std.ZERO_MONTH ? 2 : 1, 2, 1, 12, "month");
                case LONG_WEEKDAY -> p.name(DayOfWeek.values(), TextStyle.FULL);
                case WEEKDAY -> p.name(DayOfWeek.values(), TextStyle.SHORT);
                case DAY, UNDER_DAY, ZERO_DAY -> {
                    if (c.std() == Std.UNDER_DAY) {
                        p.optional(' ');
                    }
                    day = p.number(c.std() == Std.ZERO_DAY ? 2 : 1, 2, 1, 31, "day");
                }
                case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                    if (c.std() == Std.UNDER_YEAR_DAY) {
                        p.optional(' ');
                        p.optional(' ');
                    }
                    yearDay = p.number(c.std() == Std.ZERO_YEAR_DAY ? 3 : 1, 3, 1, 366, "day-of-year");
                }
                case HOUR -> hour = p.number(1, 2, 0, 23, "hour");
                case HOUR12, ZERO_HOUR12 -> hour = p.number(c.std() == Std.ZERO_HOUR12 ? 2 : 1, 2, 0, 12, "hour");
                case MINUTE, ZERO_MINUTE -> minute = p.number(c.std() == Std.ZERO_MINUTE ? 2 : 1, 2, 0, 59, "minute");
                case SECOND, ZERO_SECOND -> {
                    second = p.number(c.std() == Std.ZERO_SECOND ? 2 : 1, 2, 0, 59, "second");
                    // Go accepts a fraction after seconds even when the layout has none.
                    boolean layoutHasFraction = k + 1 < chunks.size() && chunks.get(k + 1).std() != null
                            && (chunks.get(k + 1).std() == Std.FRAC0 || chunks.get(k + 1).std() == Std.FRAC9);
                    if (!layoutHasFraction && p.atFraction()) {
                        nanos = p.fraction(-1);
                    }
                }
                case LONG_YEAR -> {
                    boolean negative = p.optional('-');
                    year = p.number(4, 4, 0, 9999, "year");
                    if (negative) {
                        year = -year;
                    }
                }
                case YEAR -> {
                    int y = p.number(2, 2, 0, 99, "year");
                    year = y >= 69 ? 1900 + y : 2000 + y;
                }
                case PM, LOWER_PM -> {
                    String ampm = p.take(2).toUpperCase(Locale.ROOT);
                    if (!ampm.equals("AM") && !ampm.equals("PM")) {
                        throw p.error("AM/PM");
                    }
                    pm = ampm.equals("PM");
                    pmSet = true;
                }
                case TZ -> {
                    if (p.rest().startsWith("UTC")) {
                        p.take(3);
                    } else {
                        int n = 0;
                        while (n < p.rest().length() && Character.isUpperCase(p.rest().charAt(n))) {
                            n++;
                        }
                        if (n < 3) {
                            throw p.error("zone");
                        }
                        p.take(n);
                    }
                    // Go: an unknown abbreviation means a fabricated zone at offset 0.
                    offset = 0;
                }
                case FRAC0 -> nanos = p.fractionFixed(c.digits(), c.separator());
                case FRAC9 -> {
                    if (p.atFraction()) {
                        nanos = p.fraction(-1);
                    }
                }
                default -> offset = p.zone(c.std());
            }
        }
        if (!p.rest().isEmpty()) {
            throw new BuiltinFailure("parsing time " + quote(value) + ": extra text: " + quote(p.rest()));
        }
        if (pmSet) {
            if (hour > 12) {
                throw new BuiltinFailure("parsing time " + quote(value) + ": hour out of range");
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        LocalDate date;
        try {
            if (yearDay > 0) {
                date = LocalDate.ofYearDay(year, yearDay);
            } else {
                date = LocalDate.of(year, month, day);
            }
        } catch (java.time.DateTimeException e) {
            throw new BuiltinFailure("parsing time " + quote(value) + ": day out of range", e);
        }
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset == null ? 0 : offset);
        return date.atTime(hour, minute, second, nanos).toInstant(zone);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A cursor over the value being parsed. */
    private static final class Parser {
        private final String value;
        private final String layout;
        private int pos;

        Parser(String value, String layout) {
            this.value = value;
            this.layout = layout;
        }

        String rest() {
            return value.substring(pos);
        }

        BuiltinFailure error(String element) {
            return new BuiltinFailure("parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse "
                    + quote(rest()) + " as " + quote(element));
        }

        void expect(String literal) {
            // Go skips leading spaces in the value where the layout has spaces.
            if (!value.startsWith(literal, pos)) {
                throw error(literal);
            }
            pos += literal.length();
        }

        boolean optional(char c) {
            if (pos < value.length() && value.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        String take(int n) {
            if (pos + n > value.length()) {
                throw error(value.substring(pos));
            }
            String s = value.substring(pos, pos + n);
            pos += n;
            return s;
        }

        int number(int minDigits, int maxDigits, int min, int max, String element) {
            int start = pos;
            while (pos < value.length() && pos - start < maxDigits && Character.isDigit(value.charAt(pos))) {
                pos++;
            }
            if (pos - start < minDigits) {
                pos = start;
                throw error(element);
            }
            int v = Integer.parseInt(value.substring(start, pos));
            if (v < min || v > max) {
                throw new BuiltinFailure("parsing time " + quote(value) + ": " + element + " out of range");
            }
            return v;
        }

        <E extends Enum<E>> int name(E[] values, TextStyle style) {
            for (E e : values) {
                String name = e instanceof Month m ? m.getDisplayName(style, Locale.ENGLISH)
                        : ((DayOfWeek) e).getDisplayName(style, Locale.ENGLISH);
                if (value.regionMatches(true, pos, name, 0, name.length())) {
                    pos += name.length();
                    return e.ordinal();
                }
            }
            throw error(values[0] instanceof Month ? "month" : "weekday");
        }

        boolean atFraction() {
            return pos + 1 < value.length() && (value.charAt(pos) == '.' || value.charAt(pos) == ',')
                    && Character.isDigit(value.charAt(pos + 1));
        }

        /** A separator and digits; returns nanoseconds (digits beyond nine are ignored). */
        int fraction(int digits) {
            pos++;
            int start = pos;
            while (pos < value.length() && Character.isDigit(value.charAt(pos)) && (digits < 0 || pos - start < digits)) {
                pos++;
            }
            String d = value.substring(start, pos);
            String nine = (d + "000000000").substring(0, 9);
            return Integer.parseInt(nine);
        }

        int fractionFixed(int digits, char separator) {
            if (pos >= value.length() || value.charAt(pos) != separator) {
                throw error(separator + "0".repeat(digits));
            }
            int start = pos + 1;
            int n = fraction(digits);
            if (pos - start != digits) {
                throw error(separator + "0".repeat(digits));
            }
            return n;
        }

        int zone(Std std) {
            boolean iso = std.name().startsWith("ISO");
            if (iso && optional('Z')) {
                return 0;
            }
            if (pos >= value.length() || (value.charAt(pos) != '+' && value.charAt(pos) != '-')) {
                throw error("Z07:00");
            }
            int sign = value.charAt(pos++) == '-' ? -1 : 1;
            boolean colon = std.name().contains("COLON");
            int hours = number(2, 2, 0, 99, "zone");
            int minutes = 0;
            int seconds = 0;
            if (std != Std.ISO_SHORT_TZ && std != Std.NUM_SHORT_TZ) {
                if (colon) {
                    expect(":");
                }
                minutes = number(2, 2, 0, 59, "zone");
            }
            if (std.name().contains("SECONDS")) {
                if (colon) {
                    expect(":");
                }
                seconds = number(2, 2, 0, 59, "zone");
            }
            return sign * (hours * 3600 + minutes * 60 + seconds);
        }
    }

    /** The zone of a {@code [ns, tz]} operand: "" and "UTC" are UTC, "Local" the system zone, else IANA. */
    static ZoneId zone(String tz) {
        if (tz.isEmpty() || tz.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (tz.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(tz);
        } catch (java.time.DateTimeException e) {
            throw new BuiltinFailure("unknown time zone " + tz, e);
        }
    }

    /** Nanoseconds since the epoch as a date-time in {@code zone}. */
    static ZonedDateTime at(long ns, ZoneId zone) {
        return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)).atZone(zone);
    }
}

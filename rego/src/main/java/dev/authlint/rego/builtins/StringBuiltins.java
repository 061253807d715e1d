package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * String builtins. Offsets, lengths and counts are in code points (OPA works on runes), never
 * UTF-16 units.
 */
final class StringBuiltins {

    private StringBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("concat", 2, "strings", StringBuiltins::concat);
        b.add("contains", 2, "strings", StringBuiltins::contains);
        b.add("startswith", 2, "strings", StringBuiltins::startsWith);
        b.add("endswith", 2, "strings", StringBuiltins::endsWith);
        b.add("format_int", 2, "strings", StringBuiltins::formatInt);
        b.add("indexof", 2, "strings", StringBuiltins::indexOf);
        b.add("indexof_n", 2, "strings", StringBuiltins::indexOfN);
        b.add("lower", 1, "strings", StringBuiltins::lower);
        b.add("upper", 1, "strings", StringBuiltins::upper);
        b.add("replace", 3, "strings", StringBuiltins::replace);
        b.add("split", 2, "strings", StringBuiltins::split);
        b.add("sprintf", 2, "strings", StringBuiltins::sprintf);
        b.add("substring", 3, "strings", StringBuiltins::substring);
        b.add("trim", 2, "strings", StringBuiltins::trim);
        b.add("trim_left", 2, "strings", StringBuiltins::trimLeft);
        b.add("trim_right", 2, "strings", StringBuiltins::trimRight);
        b.add("trim_prefix", 2, "strings", StringBuiltins::trimPrefix);
        b.add("trim_suffix", 2, "strings", StringBuiltins::trimSuffix);
        b.add("trim_space", 1, "strings", StringBuiltins::trimSpace);
        b.add("strings.replace_n", 2, "strings", StringBuiltins::replaceN);
        b.add("strings.reverse", 1, "strings", StringBuiltins::reverse);
        b.add("strings.count", 2, "strings", StringBuiltins::count);
        b.add("strings.split_n", 3, "strings", StringBuiltins::splitN);
        b.add("strings.any_prefix_match", 2, "strings", StringBuiltins::anyPrefixMatch);
        b.add("strings.any_suffix_match", 2, "strings", StringBuiltins::anySuffixMatch);
    }

    /** {@code concat(delimiter, collection)}: joins an array or set of strings. */
    static Value concat(BuiltinContext ctx, List<Value> args) {
        String delimiter = Operands.string(args, 1);
        Value c = args.get(1);
        List<Value> elements;
        if (c instanceof ArrayValue a) {
            elements = a.elements();
        } else if (c instanceof SetValue s) {
            elements = List.copyOf(s.elements());
        } else {
            throw Operands.oneOf(2, c, "set", "array");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof StringValue s)) {
                throw Operands.elementError(2, c, elements.get(i), "string");
            }
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(s.value());
        }
        return StringValue.of(out.toString());
    }

    /** {@code contains(haystack, needle)}. */
    static Value contains(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(Operands.string(args, 1).contains(Operands.string(args, 2)));
    }

    /** {@code startswith(search, base)}. */
    static Value startsWith(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(Operands.string(args, 1).startsWith(Operands.string(args, 2)));
    }

    /** {@code endswith(search, base)}. */
    static Value endsWith(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(Operands.string(args, 1).endsWith(Operands.string(args, 2)));
    }

    /** {@code format_int(number, base)}: the integer part of number in base 2, 8, 10 or 16. */
    static Value formatInt(BuiltinContext ctx, List<Value> args) {
        NumberValue n = Operands.number(args, 1);
        NumberValue base = Operands.number(args, 2);
        int radix = base.isLong() ? (int) Math.max(-1, Math.min(17, base.longValueExact())) : -1;
        if (radix != 2 && radix != 8 && radix != 10 && radix != 16) {
            throw new OperandTypeException("operand 2 must be one of {2, 8, 10, 16}");
        }
        BigInteger i = n.isInteger() ? n.toBigIntegerExact() : truncate(n.toBigDecimal());
        return StringValue.of(i.toString(radix));
    }

    /** {@code indexof(haystack, needle)}: the code-point index of the first match, or -1. */
    static Value indexOf(BuiltinContext ctx, List<Value> args) {
        String haystack = Operands.string(args, 1);
        String needle = nonEmptyNeedle(args);
        int i = haystack.indexOf(needle);
        return NumberValue.of(i < 0 ? -1 : haystack.codePointCount(0, i));
    }

    /** {@code indexof_n(haystack, needle)}: code-point indexes of every (overlapping) match. */
    static Value indexOfN(BuiltinContext ctx, List<Value> args) {
        String haystack = Operands.string(args, 1);
        String needle = nonEmptyNeedle(args);
        List<Value> out = new ArrayList<>();
        int codePoints = 0;
        int last = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + Character.charCount(haystack.codePointAt(i)))) {
            codePoints += haystack.codePointCount(last, i);
            last = i;
            out.add(NumberValue.of(codePoints));
        }
        return ArrayValue.of(out);
    }

    private static String nonEmptyNeedle(List<Value> args) {
        String needle = Operands.string(args, 2);
        if (needle.isEmpty()) {
            throw new BuiltinFailure("empty search character");
        }
        return needle;
    }

    /**
     * {@code lower(x)}: Unicode lower-casing with the final-sigma rule ("ΟΔΥΣΣΕΎΣ" → "οδυσσεύς"),
     * as regorus's conformance cases expect.
     */
    static Value lower(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(Operands.string(args, 1).toLowerCase(Locale.ROOT));
    }

    /** {@code upper(x)}: Unicode simple case mapping per code point ("ß" stays "ß"), as Go's strings.ToUpper. */
    static Value upper(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(mapCodePoints(Operands.string(args, 1), Character::toUpperCase));
    }

    // Java's String.toUpperCase uses full case mappings ("ß" → "SS"); Go maps one rune to one rune.
    private static String mapCodePoints(String s, java.util.function.IntUnaryOperator mapping) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(mapping.applyAsInt(cp)));
        return out.toString();
    }

    /** {@code replace(x, old, new)}: every non-overlapping occurrence, left to right. */
    static Value replace(BuiltinContext ctx, List<Value> args) {
        String x = Operands.string(args, 1);
        String old = Operands.string(args, 2);
        String replacement = Operands.string(args, 3);
        if (old.isEmpty()) {
            return StringValue.of(insertEverywhere(x, replacement));
        }
        return StringValue.of(x.replace(old, replacement));
    }

    /** Go's replacement of "" : before every code point and at the end. */
    private static String insertEverywhere(String x, String insert) {
        StringBuilder out = new StringBuilder(insert);
        x.codePoints().forEach(cp -> out.appendCodePoint(cp).append(insert));
        return out.toString();
    }

    /**
     * {@code strings.replace_n(patterns, x)}: replaces by an object of old → new in one pass;
     * at each position the first matching key in sorted order wins (Go's strings.Replacer).
     */
    static Value replaceN(BuiltinContext ctx, List<Value> args) {
        ObjectValue patterns = Operands.object(args, 1);
        String x = Operands.string(args, 2);
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<Value, Value> e : patterns.entries()) {
            if (!(e.getKey() instanceof StringValue k)) {
                throw new OperandTypeException("operand 1 non-string key found in pattern object");
            }
            if (!(e.getValue() instanceof StringValue v)) {
                throw new OperandTypeException("operand 1 non-string value found in pattern object");
            }
            pairs.add(new String[] {k.value(), v.value()});
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i <= x.length()) {
            String[] match = null;
            for (String[] p : pairs) {
                if (x.startsWith(p[0], i)) {
                    match = p;
                    break;
                }
            }
            if (match != null && !match[0].isEmpty()) {
                out.append(match[1]);
                i += match[0].length();
                continue;
            }
            if (match != null) {
                out.append(match[1]);
            }
            if (i == x.length()) {
                break;
            }
            int cp = x.codePointAt(i);
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return StringValue.of(out.toString());
    }

    /** {@code split(x, delimiter)}: an empty delimiter splits into code points. */
    static Value split(BuiltinContext ctx, List<Value> args) {
        return ArrayValue.of(splitAll(Operands.string(args, 1), Operands.string(args, 2)));
    }

    private static List<Value> splitAll(String x, String delimiter) {
        List<Value> out = new ArrayList<>();
        if (delimiter.isEmpty()) {
            x.codePoints().forEach(cp -> out.add(StringValue.of(new String(Character.toChars(cp)))));
            return out;
        }
        int start = 0;
        for (int i = x.indexOf(delimiter); i >= 0; i = x.indexOf(delimiter, start)) {
            out.add(StringValue.of(x.substring(start, i)));
            start = i + delimiter.length();
        }
        out.add(StringValue.of(x.substring(start)));
        return out;
    }

    /**
     * {@code strings.split_n(x, delimiter, n)}: the first n parts of the split (the last |n|
     * when n is negative, none when n is 0).
     */
    static Value splitN(BuiltinContext ctx, List<Value> args) {
        String x = Operands.string(args, 1);
        String delimiter = Operands.string(args, 2);
        int n = Operands.integer(args, 3);
        List<Value> parts = splitAll(x, delimiter);
        if (parts.isEmpty()) {
            parts = List.of(StringValue.of(x));
        }
        if (n >= 0) {
            return ArrayValue.of(parts.subList(0, Math.min(n, parts.size())));
        }
        return ArrayValue.of(parts.subList(Math.max(0, parts.size() + n), parts.size()));
    }

    /** {@code sprintf(format, values)}: Go's fmt.Sprintf, see {@link GoFormat}. */
    static Value sprintf(BuiltinContext ctx, List<Value> args) {
        String format = Operands.string(args, 1);
        return StringValue.of(GoFormat.sprintf(format, Operands.array(args, 2).elements()));
    }

    /**
     * {@code substring(value, offset, length)}: by code point; a negative length means the rest,
     * an offset past the end gives "", a negative offset is an error.
     */
    static Value substring(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        int offset = Operands.integer(args, 2);
        int length = Operands.integer(args, 3);
        if (offset < 0) {
            throw new BuiltinFailure("negative offset");
        }
        int total = s.codePointCount(0, s.length());
        if (offset >= total) {
            return StringValue.EMPTY;
        }
        int begin = s.offsetByCodePoints(0, offset);
        if (length < 0 || (long) offset + length >= total) {
            return StringValue.of(s.substring(begin));
        }
        return StringValue.of(s.substring(begin, s.offsetByCodePoints(begin, length)));
    }

    /** {@code trim(value, cutset)}: strips leading and trailing code points found in cutset. */
    static Value trim(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        String cutset = Operands.string(args, 2);
        return StringValue.of(trimRight(trimLeft(s, cutset), cutset));
    }

    /** {@code trim_left(value, cutset)}. */
    static Value trimLeft(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(trimLeft(Operands.string(args, 1), Operands.string(args, 2)));
    }

    /** {@code trim_right(value, cutset)}. */
    static Value trimRight(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(trimRight(Operands.string(args, 1), Operands.string(args, 2)));
    }

    private static String trimLeft(String s, String cutset) {
        int i = 0;
        while (i < s.length() && cutset.indexOf(s.codePointAt(i)) >= 0) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    private static String trimRight(String s, String cutset) {
        int end = s.length();
        while (end > 0 && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }

    /** {@code trim_prefix(value, prefix)}. */
    static Value trimPrefix(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        String prefix = Operands.string(args, 2);
        return StringValue.of(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
    }

    /** {@code trim_suffix(value, suffix)}. */
    static Value trimSuffix(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        String suffix = Operands.string(args, 2);
        return StringValue.of(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
    }

    /** {@code trim_space(value)}: strips Unicode white space (Go's unicode.IsSpace). */
    static Value trimSpace(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        int begin = 0;
        int end = s.length();
        while (begin < end && isGoSpace(s.codePointAt(begin))) {
            begin += Character.charCount(s.codePointAt(begin));
        }
        while (end > begin && isGoSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return StringValue.of(s.substring(begin, end));
    }

    /** Go's unicode.IsSpace. */
    static boolean isGoSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0b, '\f', '\r', ' ', 0x85, 0xa0 -> true;
            default -> cp > 0xff && Character.isSpaceChar(cp);
        };
    }

    /** {@code strings.reverse(x)}: code points in reverse order. */
    static Value reverse(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(reverse(Operands.string(args, 1)));
    }

    private static String reverse(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }

    /** {@code strings.count(search, substring)}: non-overlapping occurrences; "" counts code points + 1. */
    static Value count(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        String sub = Operands.string(args, 2);
        if (sub.isEmpty()) {
            return NumberValue.of(s.codePointCount(0, s.length()) + 1L);
        }
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return NumberValue.of(n);
    }

    /** {@code strings.any_prefix_match(search, base)}: any string starts with any prefix. */
    static Value anyPrefixMatch(BuiltinContext ctx, List<Value> args) {
        List<String> strings = stringOrStrings(args, 1);
        List<String> prefixes = stringOrStrings(args, 2);
        for (String s : strings) {
            for (String p : prefixes) {
                if (s.startsWith(p)) {
                    return BooleanValue.TRUE;
                }
            }
        }
        return BooleanValue.FALSE;
    }

    /** {@code strings.any_suffix_match(search, base)}: any string ends with any suffix. */
    static Value anySuffixMatch(BuiltinContext ctx, List<Value> args) {
        List<String> strings = stringOrStrings(args, 1);
        List<String> suffixes = stringOrStrings(args, 2);
        for (String s : strings) {
            for (String p : suffixes) {
                if (s.endsWith(p)) {
                    return BooleanValue.TRUE;
                }
            }
        }
        return BooleanValue.FALSE;
    }

    private static List<String> stringOrStrings(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        if (v instanceof StringValue s) {
            return List.of(s.value());
        }
        if (v instanceof ArrayValue || v instanceof SetValue) {
            return Operands.strings(args, pos);
        }
        throw Operands.oneOf(pos, v, "string", "set", "array");
    }

    /** Rounds toward zero, as Go's big.Float.Int. */
    static BigInteger truncate(BigDecimal d) {
        return d.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }
}

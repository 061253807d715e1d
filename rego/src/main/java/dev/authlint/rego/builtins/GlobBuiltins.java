package dev.authlint.rego.builtins;

import com.google.re2j.Pattern;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.List;

/**
 * {@code glob.match} and {@code glob.quote_meta} with the semantics of the gobwas/glob library
 * OPA uses: {@code *} matches within a delimiter-separated segment, {@code **} across segments,
 * {@code ?} one non-delimiter character, {@code [a-z]} / {@code [!a-z]} character classes,
 * {@code {a,b}} alternatives, {@code \} escapes. Globs are translated to RE2 and cached.
 */
final class GlobBuiltins {

    private static final PatternCache<Pattern> CACHE = new PatternCache<>(256, GlobBuiltins::compileKey);

    private GlobBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("glob.match", 3, "glob", GlobBuiltins::match);
        b.add("glob.quote_meta", 1, "glob", GlobBuiltins::quoteMeta);
    }

    /**
     * {@code glob.match(pattern, delimiters, match)}: delimiters null means none, an empty array
     * means {@code ["."]}; each delimiter is one character.
     */
    static Value match(BuiltinContext ctx, List<Value> args) {
        String pattern = Operands.string(args, 1);
        Value d = args.get(1);
        StringBuilder delimiters = new StringBuilder();
        if (d instanceof ArrayValue a) {
            for (Value e : a.elements()) {
                if (!(e instanceof StringValue s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw new OperandTypeException("operand 2 must be array of single-character strings but got "
                            + e.toRegoString());
                }
                delimiters.append(s.value());
            }
            if (a.isEmpty()) {
                delimiters.append('.');
            }
        } else if (!(d instanceof NullValue)) {
            throw Operands.oneOf(2, d, "array", "null");
        }
        String value = Operands.string(args, 3);
        // The key joins pattern and delimiters with a character that cannot be a delimiter list's start.
        Pattern p = CACHE.get(delimiters + "\u0000" + pattern);
        return BooleanValue.of(p.matcher(value).matches());
    }

    private static Pattern compileKey(String key) {
        int sep = key.indexOf('\u0000');
        return Pattern.compile(toRegex(key.substring(sep + 1), key.substring(0, sep)), Pattern.DOTALL);
    }

    /** Translates a glob to an RE2 regex matching the whole string. */
    static String toRegex(String glob, String delimiters) {
        StringBuilder out = new StringBuilder();
        int end = translate(glob, 0, delimiters, out, false);
        if (end != glob.length()) {
            throw new BuiltinFailure("unexpected '}' in glob " + glob);
        }
        return out.toString();
    }

    private static String notDelimiter(String delimiters) {
        if (delimiters.isEmpty()) {
            return ".";
        }
        StringBuilder cls = new StringBuilder("[^");
        delimiters.codePoints().forEach(cp -> appendClassChar(cls, cp));
        return cls.append(']').toString();
    }

    private static void appendClassChar(StringBuilder cls, int cp) {
        if (cp == '\\' || cp == ']' || cp == '[' || cp == '^' || cp == '-') {
            cls.append('\\');
        }
        cls.appendCodePoint(cp);
    }

    /**
     * Translates from {@code i} until the end or, inside braces, an unnested ',' or '}';
     * returns the position where it stopped.
     */
    private static int translate(String glob, int i, String delimiters, StringBuilder out, boolean inBraces) {
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            if (inBraces && (c == ',' || c == '}')) {
                return i;
            }
            i += Character.charCount(c);
            switch (c) {
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        while (i < glob.length() && glob.charAt(i) == '*') {
                            i++;
                        }
                        out.append("(?:.*)");
                    } else {
                        out.append("(?:").append(notDelimiter(delimiters)).append("*)");
                    }
                }
                case '?' -> out.append(notDelimiter(delimiters));
                case '\\' -> {
                    if (i >= glob.length()) {
                        throw new BuiltinFailure("unexpected end of input in glob " + glob);
                    }
                    int e = glob.codePointAt(i);
                    i += Character.charCount(e);
                    out.append(Pattern.quote(new String(Character.toChars(e))));
                }
                case '[' -> i = translateClass(glob, i, out);
                case '{' -> {
                    out.append("(?:");
                    boolean first = true;
                    while (true) {
                        if (!first) {
                            out.append('|');
                        }
                        first = false;
                        i = translate(glob, i, delimiters, out, true);
                        if (i >= glob.length()) {
                            throw new BuiltinFailure("unexpected end of input in glob " + glob);
                        }
                        char stop = glob.charAt(i++);
                        if (stop == '}') {
                            break;
                        }
                    }
                    out.append(')');
                }
                default -> out.append(Pattern.quote(new String(Character.toChars(c))));
            }
        }
        return i;
    }

    private static int translateClass(String glob, int i, StringBuilder out) {
        StringBuilder cls = new StringBuilder("[");
        if (i < glob.length() && glob.charAt(i) == '!') {
            cls.append('^');
            i++;
        }
        boolean any = false;
        while (i < glob.length() && glob.charAt(i) != ']') {
            int lo = glob.codePointAt(i);
            i += Character.charCount(lo);
            if (lo == '\\' && i < glob.length()) {
                lo = glob.codePointAt(i);
                i += Character.charCount(lo);
            }
            appendClassChar(cls, lo);
            if (i + 1 < glob.length() && glob.charAt(i) == '-' && glob.charAt(i + 1) != ']') {
                i++;
                int hi = glob.codePointAt(i);
                i += Character.charCount(hi);
                if (hi < lo) {
                    throw new BuiltinFailure("invalid range in glob " + glob);
                }
                cls.append('-');
                appendClassChar(cls, hi);
            }
            any = true;
        }
        if (i >= glob.length() || !any) {
            throw new BuiltinFailure("unexpected end of input in glob " + glob);
        }
        out.append(cls).append(']');
        return i + 1;
    }

    /** {@code glob.quote_meta(pattern)}: escapes every glob metacharacter. */
    static Value quoteMeta(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if ("*?\\[]{}".indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return StringValue.of(out.toString());
    }
}

package dev.authlint.rego.builtins;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Regular expressions with Go's RE2 syntax and linear-time matching (RE2/J): no
 * backreferences, no lookaround. An invalid pattern is an {@code eval_builtin_error}.
 */
final class RegexBuiltins {

    private static final PatternCache<Pattern> CACHE = new PatternCache<>(256, RegexBuiltins::compileUncached);

    private RegexBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("regex.match", 2, "regex", RegexBuiltins::match);
        b.addDeprecated("re_match", 2, "regex", RegexBuiltins::match);
        b.add("regex.is_valid", 1, "regex", RegexBuiltins::isValid);
        b.add("regex.split", 2, "regex", RegexBuiltins::split);
        b.add("regex.find_n", 3, "regex", RegexBuiltins::findN);
        b.add("regex.find_all_string_submatch_n", 3, "regex", RegexBuiltins::findAllStringSubmatchN);
        b.add("regex.replace", 3, "regex", RegexBuiltins::replace);
        b.add("regex.template_match", 4, "regex", RegexBuiltins::templateMatch);
        b.add("regex.globs_match", 2, "regex", GlobIntersection::globsMatch);
    }

    static Pattern compile(String pattern) {
        return CACHE.get(pattern);
    }

    private static Pattern compileUncached(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new BuiltinFailure(e.getMessage(), e);
        }
    }

    /** {@code regex.match(pattern, value)}: the pattern matches somewhere in value. */
    static Value match(BuiltinContext ctx, List<Value> args) {
        String pattern = Operands.string(args, 1);
        String value = Operands.string(args, 2);
        return BooleanValue.of(compile(pattern).matcher(value).find());
    }

    /** {@code regex.is_valid(pattern)}: false for an invalid pattern or a non-string. */
    static Value isValid(BuiltinContext ctx, List<Value> args) {
        if (!(args.get(0) instanceof StringValue s)) {
            return BooleanValue.FALSE;
        }
        try {
            compile(s.value());
            return BooleanValue.TRUE;
        } catch (BuiltinFailure e) {
            return BooleanValue.FALSE;
        }
    }

    /** {@code regex.split(pattern, value)}: Go's Regexp.Split(value, -1). */
    static Value split(BuiltinContext ctx, List<Value> args) {
        Pattern p = compile(Operands.string(args, 1));
        String s = Operands.string(args, 2);
        List<Value> out = new ArrayList<>();
        if (s.isEmpty()) {
            out.add(StringValue.EMPTY);
            return ArrayValue.of(out);
        }
        int begin = 0;
        int end = 0;
        for (int[] m : findAll(p, s, -1)) {
            end = m[0];
            if (m[1] != 0) {
                out.add(StringValue.of(s.substring(begin, end)));
            }
            begin = m[1];
        }
        if (end != s.length()) {
            out.add(StringValue.of(s.substring(begin)));
        }
        return ArrayValue.of(out);
    }

    /** {@code regex.find_n(pattern, value, n)}: up to n matches (all when n is -1). */
    static Value findN(BuiltinContext ctx, List<Value> args) {
        Pattern p = compile(Operands.string(args, 1));
        String s = Operands.string(args, 2);
        int n = Operands.integer(args, 3);
        List<Value> out = new ArrayList<>();
        for (int[] m : findAll(p, s, n)) {
            out.add(StringValue.of(s.substring(m[0], m[1])));
        }
        return ArrayValue.of(out);
    }

    /** {@code regex.find_all_string_submatch_n(pattern, value, n)}: matches with their groups ("" when unmatched). */
    static Value findAllStringSubmatchN(BuiltinContext ctx, List<Value> args) {
        Pattern p = compile(Operands.string(args, 1));
        String s = Operands.string(args, 2);
        int n = Operands.integer(args, 3);
        List<Value> out = new ArrayList<>();
        for (int[] m : findAll(p, s, n)) {
            List<Value> groups = new ArrayList<>(m.length / 2);
            for (int g = 0; g < m.length; g += 2) {
                groups.add(m[g] < 0 ? StringValue.EMPTY : StringValue.of(s.substring(m[g], m[g + 1])));
            }
            out.add(ArrayValue.of(groups));
        }
        return ArrayValue.of(out);
    }

    /**
     * {@code regex.replace(s, pattern, value)}: replaces every match; {@code $1}, {@code ${name}}
     * and {@code $$} in value expand as in Go's Regexp.ReplaceAllString.
     */
    static Value replace(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        Pattern p = compile(Operands.string(args, 2));
        String template = Operands.string(args, 3);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int[] m : findAll(p, s, -1)) {
            out.append(s, last, m[0]);
            expand(out, template, p, s, m);
            last = m[1];
        }
        out.append(s, last, s.length());
        return StringValue.of(out.toString());
    }

    /** Go's Regexp.expand: $n, ${n}, $name, ${name}, $$; an unknown group expands to "". */
    private static void expand(StringBuilder out, String template, Pattern p, String s, int[] m) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int after;
            if (next == '{') {
                int close = template.indexOf('}', i + 2);
                if (close < 0 || close == i + 2 || !isGroupName(template.substring(i + 2, close))) {
                    out.append('$');
                    i++;
                    continue;
                }
                name = template.substring(i + 2, close);
                after = close + 1;
            } else {
                int j = i + 1;
                while (j < template.length() && isNameChar(template.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    out.append('$');
                    i++;
                    continue;
                }
                name = template.substring(i + 1, j);
                after = j;
            }
            int group = groupIndex(p, name);
            if (group >= 0 && group * 2 + 1 < m.length && m[group * 2] >= 0) {
                out.append(s, m[group * 2], m[group * 2 + 1]);
            }
            i = after;
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isGroupName(String name) {
        return name.chars().allMatch(c -> isNameChar((char) c));
    }

    private static int groupIndex(Pattern p, String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Integer named = p.namedGroups().get(name);
        return named == null ? -1 : named;
    }

    /**
     * Go's FindAll...Index: successive non-overlapping matches, skipping an empty match right
     * after a previous match; at most n (all when n is negative). Each entry holds the start and
     * end of the match and of each group (-1 when a group did not take part).
     */
    static List<int[]> findAll(Pattern p, String s, int n) {
        List<int[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        Matcher m = p.matcher(s);
        int groups = m.groupCount();
        int previousEnd = -1;
        int pos = 0;
        while (pos <= s.length() && (n < 0 || out.size() < n)) {
            if (!m.find(pos)) {
                break;
            }
            int start = m.start();
            int end = m.end();
            if (start == end && start == previousEnd) {
                // Empty match abutting the previous match: Go ignores it and moves one code point on.
                if (start >= s.length()) {
                    break;
                }
                pos = start + Character.charCount(s.codePointAt(start));
                continue;
            }
            int[] r = new int[2 * (groups + 1)];
            for (int g = 0; g <= groups; g++) {
                r[2 * g] = m.start(g);
                r[2 * g + 1] = m.end(g);
            }
            out.add(r);
            previousEnd = end;
            if (end == start) {
                if (end >= s.length()) {
                    break;
                }
                pos = end + Character.charCount(s.codePointAt(end));
            } else {
                pos = end;
            }
        }
        return out;
    }

    /**
     * {@code regex.template_match(template, value, start, end)}: template text outside the
     * delimiters is literal, text inside is a regex; the whole value must match.
     */
    static Value templateMatch(BuiltinContext ctx, List<Value> args) {
        String template = Operands.string(args, 1);
        String value = Operands.string(args, 2);
        String open = Operands.string(args, 3);
        String close = Operands.string(args, 4);
        if (open.codePointCount(0, open.length()) != 1 || close.codePointCount(0, close.length()) != 1) {
            throw new BuiltinFailure("delimiters must be single characters");
        }
        StringBuilder regex = new StringBuilder("^");
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf(open, i);
            if (start < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            regex.append(Pattern.quote(template.substring(i, start)));
            // Find the matching close delimiter, allowing nested delimiter pairs inside the regex.
            int depth = 0;
            int j = start;
            int end = -1;
            while (j < template.length()) {
                if (template.startsWith(open, j)) {
                    depth++;
                } else if (template.startsWith(close, j)) {
                    depth--;
                    if (depth == 0) {
                        end = j;
                        break;
                    }
                }
                j += Character.charCount(template.codePointAt(j));
            }
            if (end < 0) {
                throw new BuiltinFailure("unbalanced braces in template " + template);
            }
            String inner = template.substring(start + open.length(), end);
            if (inner.isEmpty()) {
                throw new BuiltinFailure("empty regex in template " + template);
            }
            regex.append("(?:").append(inner).append(')');
            i = end + close.length();
        }
        regex.append('$');
        return BooleanValue.of(compile(regex.toString()).matcher(value).find());
    }
}

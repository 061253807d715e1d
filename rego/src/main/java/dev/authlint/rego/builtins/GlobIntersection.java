package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code regex.globs_match(glob1, glob2)}: whether two "glob-style" regexes accept at least
 * one common non-empty string. As in OPA, only {@code . * + [ - ] \} are special: a pattern is a
 * sequence of character sets ({@code a}, {@code .}, {@code [a-z0-9]}, {@code \*}), each optionally
 * followed by {@code *} or {@code +}. The check walks the product of the two automata.
 */
final class GlobIntersection {

    private GlobIntersection() {
    }

    /** A set of code points as inclusive ranges, plus an optional repetition. */
    private record Token(List<int[]> ranges, boolean repeat, boolean optional) {
    }

    static Value globsMatch(BuiltinContext ctx, List<Value> args) {
        List<Token> a = parse(Operands.string(args, 1));
        List<Token> b = parse(Operands.string(args, 2));
        return BooleanValue.of(intersects(a, b));
    }

    private static List<Token> parse(String glob) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            List<int[]> ranges = new ArrayList<>();
            if (c == '.') {
                ranges.add(new int[] {0, Character.MAX_CODE_POINT});
            } else if (c == '\\') {
                if (i >= glob.length()) {
                    throw new BuiltinFailure("invalid glob: trailing backslash in " + glob);
                }
                int e = glob.codePointAt(i);
                i += Character.charCount(e);
                ranges.add(new int[] {e, e});
            } else if (c == '[') {
                int close = glob.indexOf(']', i);
                if (close < 0) {
                    throw new BuiltinFailure("invalid glob: unclosed [ in " + glob);
                }
                String body = glob.substring(i, close);
                int[] cps = body.codePoints().toArray();
                for (int k = 0; k < cps.length; k++) {
                    if (k + 2 < cps.length && cps[k + 1] == '-') {
                        ranges.add(new int[] {Math.min(cps[k], cps[k + 2]), Math.max(cps[k], cps[k + 2])});
                        k += 2;
                    } else {
                        ranges.add(new int[] {cps[k], cps[k]});
                    }
                }
                i = close + 1;
            } else if (c == '*' || c == '+') {
                throw new BuiltinFailure("invalid glob: " + (char) c + " without a preceding character in " + glob);
            } else {
                ranges.add(new int[] {c, c});
            }
            boolean repeat = false;
            boolean optional = false;
            if (i < glob.length() && (glob.charAt(i) == '*' || glob.charAt(i) == '+')) {
                repeat = true;
                optional = glob.charAt(i) == '*';
                i++;
            }
            tokens.add(new Token(ranges, repeat, optional));
        }
        return tokens;
    }

    private static boolean overlap(List<int[]> x, List<int[]> y) {
        for (int[] r : x) {
            for (int[] s : y) {
                if (r[0] <= s[1] && s[0] <= r[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Positions reachable from {@code i} by skipping optional tokens. */
    private static List<Integer> closure(List<Token> t, int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        while (i < t.size() && t.get(i).optional()) {
            i++;
            out.add(i);
        }
        return out;
    }

    private static boolean intersects(List<Token> a, List<Token> b) {
        // State: position in a, position in b, whether a character was consumed. A repeating
        // token consumed once stays at its position (loop) or moves on.
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        for (int i : closure(a, 0)) {
            for (int j : closure(b, 0)) {
                push(queue, seen, i, j, 0);
            }
        }
        while (!queue.isEmpty()) {
            int[] s = queue.poll();
            int i = s[0];
            int j = s[1];
            if (i == a.size() && j == b.size() && s[2] == 1) {
                return true;
            }
            if (i == a.size() || j == b.size()) {
                continue;
            }
            Token ta = a.get(i);
            Token tb = b.get(j);
            if (!overlap(ta.ranges(), tb.ranges())) {
                continue;
            }
            // Consume one common character; each side either stays (repeat) or advances.
            int[] nextA = ta.repeat() ? new int[] {i, i + 1} : new int[] {i + 1};
            int[] nextB = tb.repeat() ? new int[] {j, j + 1} : new int[] {j + 1};
            for (int na : nextA) {
                for (int nb : nextB) {
                    for (int ca : closure(a, na)) {
                        for (int cb : closure(b, nb)) {
                            push(queue, seen, ca, cb, 1);
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void push(Deque<int[]> queue, Set<Long> seen, int i, int j, int consumed) {
        long key = ((long) i << 33) | ((long) j << 1) | consumed;
        if (seen.add(key)) {
            queue.add(new int[] {i, j, consumed});
        }
    }
}

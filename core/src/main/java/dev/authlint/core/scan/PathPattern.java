package dev.authlint.core.scan;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One pattern in .gitignore syntax, also used for {@code --include}/{@code --exclude}: {@code *} and {@code ?}
 * stay within a path segment, {@code **} spans segments, {@code [a-z]} is a class, a leading {@code !} negates,
 * a trailing {@code /} matches directories only, and a pattern containing a {@code /} other than a trailing one
 * is anchored to its base directory (otherwise it matches a name at any depth).
 */
final class PathPattern {

    private final String source;
    private final Pattern regex;
    private final boolean negated;
    private final boolean directoryOnly;

    private PathPattern(String source, Pattern regex, boolean negated, boolean directoryOnly) {
        this.source = source;
        this.regex = regex;
        this.negated = negated;
        this.directoryOnly = directoryOnly;
    }

    /**
     * Parses one line of a .gitignore file (or one include/exclude pattern).
     *
     * @return the pattern, or null for a blank line or comment
     * @throws IllegalArgumentException naming the pattern when it cannot be used (e.g. a range {@code [z-a]})
     */
    public static PathPattern parse(String line) {
        String p = stripTrailingSpaces(line);
        if (p.isEmpty() || p.startsWith("#")) {
            return null;
        }
        boolean negated = false;
        if (p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
            p = p.substring(1);
        }
        boolean directoryOnly = false;
        while (p.endsWith("/")) {
            directoryOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return null;
        }
        boolean anchored = p.contains("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        String body = toRegex(p);
        String regex = anchored || p.startsWith("**") ? body : "(?:.*/)?" + body;
        try {
            return new PathPattern(line.trim(), Pattern.compile(regex), negated, directoryOnly);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern '" + line.trim() + "': " + e.getDescription(), e);
        }
    }

    /** True when the pattern matches {@code relativePath} ('/'-separated, relative to the pattern's base). */
    public boolean matches(String relativePath, boolean isDirectory) {
        if (directoryOnly && !isDirectory) {
            return false;
        }
        return regex.matcher(relativePath).matches();
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public String toString() {
        return source;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')
                && !(end >= 2 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int n = glob.length();
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < n && glob.charAt(i + 1) == '*';
                boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
                if (doubleStar && segmentStart && (i + 2 == n || glob.charAt(i + 2) == '/')) {
                    if (i + 2 == n) {
                        out.append(".*"); // trailing "/**": everything inside
                    } else {
                        out.append("(?:.*/)?"); // "**/": zero or more directories
                        i++;
                    }
                    i++;
                } else {
                    while (i + 1 < n && glob.charAt(i + 1) == '*') {
                        i++;
                    }
                    out.append("[^/]*");
                }
            } else if (c == '?') {
                out.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    out.append("\\[");
                } else {
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    out.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                out.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-') {
                out.append(c);
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}

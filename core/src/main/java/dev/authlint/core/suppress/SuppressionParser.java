package dev.authlint.core.suppress;

import dev.authlint.core.finding.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds suppression comments in a YAML file's text. It works on raw lines, not on the YAML tree, so a comment
 * written inside a block scalar (e.g. a line {@code # authlint:ignore AA002 -- reason} inside an aws-auth
 * {@code mapRoles: |} block) counts as well: that line is a comment for the inner YAML, and findings inside
 * the block point at lines of the outer file.
 */
public final class SuppressionParser {

    // '#' at the start of the line or after whitespace, so "a#b" in a value is not a comment.
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:^|\\s)#\\s*authlint:(ignore-file|ignore)\\b(.*)$");
    private static final Pattern ID_SEPARATOR = Pattern.compile("[,\\s]+");

    private SuppressionParser() {
    }

    /** True for files that can carry comments (everything but JSON). */
    public static boolean supportsComments(String file) {
        return !file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * Parses every directive in {@code lines} (the file's lines without terminators).
     *
     * @param file the file's relative path, used in the directives' locations
     * @return directives in file order; malformed ones (no rule id) are returned with an empty id list
     */
    public static List<SuppressionDirective> parse(String file, List<String> lines) {
        List<SuppressionDirective> out = new ArrayList<>();
        if (!supportsComments(file)) {
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("authlint:")) {
                continue; // cheap pre-check: most lines have no directive
            }
            Matcher m = DIRECTIVE.matcher(line);
            if (!m.find()) {
                continue;
            }
            int hash = line.indexOf('#', m.start());
            boolean fileWide = m.group(1).equals("ignore-file");
            String rest = m.group(2);
            int dashes = rest.indexOf("--");
            String idText = dashes < 0 ? rest : rest.substring(0, dashes);
            String reason = dashes < 0 ? "" : rest.substring(dashes + 2);
            List<String> ids = Arrays.stream(ID_SEPARATOR.split(idText.strip()))
                    .filter(s -> !s.isEmpty()).toList();
            boolean ownLine = line.substring(0, hash).isBlank();
            int target = ownLine ? nextContentLine(lines, i) : i + 1;
            SourceLocation where = new SourceLocation(file, i + 1, hash + 1, i + 1, line.length() + 1);
            out.add(new SuppressionDirective(where, ids, reason, fileWide, target));
        }
        return out;
    }

    /** The 1-based number of the first line after {@code index} that is neither blank nor only a comment. */
    private static int nextContentLine(List<String> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String t = lines.get(j).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return j + 1;
            }
        }
        return index + 2;
    }
}

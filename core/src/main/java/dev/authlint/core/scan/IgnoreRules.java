package dev.authlint.core.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one .gitignore file (or of one option list), relative to its directory. Within one file the
 * last matching pattern decides; see {@link IgnoreStack} for precedence between files.
 */
final class IgnoreRules {

    private final String baseDirectory;
    private final String rootPrefix;
    private final List<PathPattern> patterns;

    /**
     * @param baseDirectory the directory the patterns are relative to, '/'-separated and relative to the
     *                      scan root ("" for the root itself or a directory above it)
     * @param rootPrefix for a file above the scan root: the root's path below that file's directory, ending
     *                   in '/' (otherwise "")
     */
    public IgnoreRules(String baseDirectory, String rootPrefix, List<PathPattern> patterns) {
        this.baseDirectory = baseDirectory;
        this.rootPrefix = rootPrefix;
        this.patterns = List.copyOf(patterns);
    }

    /** Parses the lines of a .gitignore file (see the constructor for the two paths). */
    public static IgnoreRules parse(String baseDirectory, String rootPrefix, String text) {
        List<PathPattern> patterns = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            try {
                PathPattern p = PathPattern.parse(line);
                if (p != null) {
                    patterns.add(p);
                }
            } catch (IllegalArgumentException e) {
                // git ignores a pattern it cannot use; so do we, rather than fail the whole scan
            }
        }
        return new IgnoreRules(baseDirectory, rootPrefix, patterns);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /**
     * The decision of this file for a path relative to the scan root: TRUE ignored, FALSE re-included by a
     * negation, null when no pattern matches (or the path is outside this file's directory).
     */
    public Boolean decide(String rootRelativePath, boolean isDirectory) {
        String path = relativeToBase(rootRelativePath);
        if (path == null) {
            return null;
        }
        for (int i = patterns.size() - 1; i >= 0; i--) {
            PathPattern p = patterns.get(i);
            if (p.matches(path, isDirectory)) {
                return !p.negated();
            }
        }
        return null;
    }

    private String relativeToBase(String rootRelativePath) {
        if (baseDirectory.isEmpty()) {
            return rootPrefix + rootRelativePath;
        }
        String prefix = baseDirectory + "/";
        return rootRelativePath.startsWith(prefix) ? rootRelativePath.substring(prefix.length()) : null;
    }
}

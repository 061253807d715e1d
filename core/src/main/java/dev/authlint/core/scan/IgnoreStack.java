package dev.authlint.core.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The ignore rules in force in one directory: option excludes, then .gitignore files from the repository top
 * down to the directory. As in git, a deeper file overrides a shallower one, and within a file the last
 * matching pattern wins. Immutable; {@link #push} returns a new stack for a subdirectory.
 */
final class IgnoreStack {

    private final List<IgnoreRules> levels;

    private IgnoreStack(List<IgnoreRules> levels) {
        this.levels = levels;
    }

    public static IgnoreStack empty() {
        return new IgnoreStack(List.of());
    }

    /** This stack with {@code rules} as the deepest level (unchanged when they are empty). */
    public IgnoreStack push(IgnoreRules rules) {
        if (rules.isEmpty()) {
            return this;
        }
        List<IgnoreRules> next = new ArrayList<>(levels);
        next.add(rules);
        return new IgnoreStack(List.copyOf(next));
    }

    /** True when a path (relative to the scan root, '/'-separated) is ignored. */
    public boolean ignores(String rootRelativePath, boolean isDirectory) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Boolean decision = levels.get(i).decide(rootRelativePath, isDirectory);
            if (decision != null) {
                return decision;
            }
        }
        return false;
    }
}

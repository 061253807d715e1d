package dev.authlint.core.scan;

import dev.authlint.core.source.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to scan and how.
 *
 * @param includes file patterns to read in directories (.gitignore syntax, relative to the directory given on
 *                 the command line); files named explicitly are read whatever their name
 * @param excludes patterns to leave out (.gitignore syntax), in addition to {@link #DEFAULT_EXCLUDES}
 * @param maxFileBytes larger files are reported as IO002 and not read
 * @param stdinName the name standard input ({@code -}) is reported under; its extension selects JSON or YAML
 * @param workingDirectory paths are reported relative to it when they are inside it
 * @param respectGitignore whether .gitignore files (and .git/info/exclude) are honoured
 * @param limits parser safety limits
 */
public record ScanOptions(List<String> includes, List<String> excludes, long maxFileBytes, String stdinName,
                          Path workingDirectory, boolean respectGitignore, ParseLimits limits) {

    /** Files read in directories unless {@code includes} are given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");
    /** Directories never descended into. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".git/", "target/", "node_modules/", "vendor/");
    /** 5 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L << 20;

    /**
     * @throws IllegalArgumentException for an unusable include/exclude pattern or a non-positive size, with a
     *                                  message fit for the user (a usage error)
     */
    public ScanOptions {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        includes.forEach(PathPattern::parse);
        excludes.forEach(PathPattern::parse);
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maximum file size must be positive, got " + maxFileBytes);
        }
        stdinName = stdinName == null || stdinName.isBlank() ? "stdin" : stdinName;
        workingDirectory = (workingDirectory == null ? Path.of("") : workingDirectory).toAbsolutePath().normalize();
        Objects.requireNonNull(limits, "limits");
    }

    public static ScanOptions defaults() {
        return new ScanOptions(DEFAULT_INCLUDES, List.of(), DEFAULT_MAX_FILE_BYTES, "stdin", null, true,
                ParseLimits.defaults());
    }

    public ScanOptions withIncludes(List<String> patterns) {
        return new ScanOptions(patterns, excludes, maxFileBytes, stdinName, workingDirectory, respectGitignore,
                limits);
    }

    public ScanOptions withExcludes(List<String> patterns) {
        return new ScanOptions(includes, patterns, maxFileBytes, stdinName, workingDirectory, respectGitignore,
                limits);
    }

    public ScanOptions withMaxFileBytes(long bytes) {
        return new ScanOptions(includes, excludes, bytes, stdinName, workingDirectory, respectGitignore, limits);
    }

    public ScanOptions withStdinName(String name) {
        return new ScanOptions(includes, excludes, maxFileBytes, name, workingDirectory, respectGitignore, limits);
    }

    public ScanOptions withWorkingDirectory(Path dir) {
        return new ScanOptions(includes, excludes, maxFileBytes, stdinName, dir, respectGitignore, limits);
    }

    public ScanOptions withRespectGitignore(boolean respect) {
        return new ScanOptions(includes, excludes, maxFileBytes, stdinName, workingDirectory, respect, limits);
    }

    public ScanOptions withLimits(ParseLimits parseLimits) {
        return new ScanOptions(includes, excludes, maxFileBytes, stdinName, workingDirectory, respectGitignore,
                parseLimits);
    }
}

package dev.authlint.core.scan;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.ToolNotification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns command-line arguments (files, directories, {@code -}) into the list of files to read: directories are
 * walked recursively in name order, following symbolic links but refusing loops; include patterns, excludes and
 * .gitignore files decide what is read. Problems finding files (a loop, an unreadable directory, a missing
 * argument) become IO004 findings.
 */
final class FileDiscovery {

    /** A file to read. {@code path} is null for standard input. */
    record Candidate(Path path, String relativePath, boolean explicit) {
    }

    /** The files to read, the problems met while looking for them, and links deliberately not followed. */
    record Discovered(List<Candidate> candidates, List<Finding> findings, List<ToolNotification> notifications) {
    }

    private static final String STDIN_ARGUMENT = "-";

    private final ScanOptions options;
    private final List<PathPattern> includes;
    private final IgnoreRules excludes;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ToolNotification> notifications = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    FileDiscovery(ScanOptions options) {
        this.options = options;
        this.includes = options.includes().stream().map(PathPattern::parse).filter(p -> p != null).toList();
        List<PathPattern> excluded = new ArrayList<>();
        for (String pattern : ScanOptions.DEFAULT_EXCLUDES) {
            excluded.add(PathPattern.parse(pattern));
        }
        for (String pattern : options.excludes()) {
            PathPattern p = PathPattern.parse(pattern);
            if (p != null) {
                excluded.add(p);
            }
        }
        this.excludes = new IgnoreRules("", "", excluded);
    }

    Discovered discover(List<String> arguments) {
        for (String argument : arguments.isEmpty() ? List.of(".") : arguments) {
            if (STDIN_ARGUMENT.equals(argument)) {
                add(new Candidate(null, options.stdinName(), true));
                continue;
            }
            Path path = options.workingDirectory().resolve(argument).normalize();
            if (Files.isDirectory(path)) {
                List<Candidate> found = new ArrayList<>();
                Path realRoot = realPath(path);
                walk(path, "", rootIgnores(path), new LinkedHashSet<>(List.of(realRoot)), realRoot, found);
                found.sort(Comparator.comparing(Candidate::relativePath));
                found.forEach(this::add);
            } else if (Files.exists(path)) {
                add(new Candidate(path, reportPath(path, argument), true));
            } else {
                String shown = reportPath(path, argument);
                String why = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "broken symbolic link" : "no such file or directory";
                findings.add(InputProblem.UNREADABLE.at(SourceLocation.ofFile(shown), "cannot read " + shown
                        + ": " + why));
            }
        }
        return new Discovered(List.copyOf(candidates), List.copyOf(findings), List.copyOf(notifications));
    }

    private void add(Candidate candidate) {
        if (seen.add(candidate.relativePath())) {
            candidates.add(candidate);
        }
    }

    private void walk(Path dir, String relativeDir, IgnoreStack ignores, Set<Path> ancestors, Path realRoot,
                      List<Candidate> found) {
        IgnoreStack here = options.respectGitignore()
                ? ignores.push(readIgnoreFile(dir.resolve(".gitignore"), relativeDir, "")) : ignores;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            String shown = reportPath(dir, relativeDir.isEmpty() ? "." : relativeDir);
            findings.add(InputProblem.UNREADABLE.at(SourceLocation.ofFile(shown),
                    "cannot list directory " + shown + ": " + describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String relative = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
            boolean directory = Files.isDirectory(entry);
            if (isExcluded(here, relative, directory) || !directory && !isIncluded(relative)) {
                continue;
            }
            String shown = reportPath(entry, relative);
            if (Files.isSymbolicLink(entry) && Files.exists(entry) && !realPath(entry).startsWith(realRoot)) {
                // Like git, do not follow links out of the tree: a pull request could otherwise make a CI run
                // read (and quote in its report) any file of the runner.
                notifications.add(new ToolNotification("note", "not following symbolic link " + shown
                        + ": it points outside the scanned directory (name its target on the command line to"
                        + " scan it)", SourceLocation.ofFile(shown)));
            } else if (directory) {
                Path real = realPath(entry);
                if (ancestors.contains(real)) {
                    findings.add(InputProblem.UNREADABLE.at(SourceLocation.ofFile(shown), "symbolic link loop: "
                            + shown + " points back to a directory that contains it; not followed"));
                    continue;
                }
                ancestors.add(real);
                walk(entry, relative, here, ancestors, realRoot, found);
                ancestors.remove(real);
            } else if (Files.isRegularFile(entry)) {
                found.add(new Candidate(entry, shown, false));
            } else if (Files.isSymbolicLink(entry)) {
                findings.add(InputProblem.UNREADABLE.at(SourceLocation.ofFile(shown), "cannot read " + shown
                        + ": broken symbolic link (or a link that points to itself)"));
            }
        }
    }

    private boolean isExcluded(IgnoreStack gitignore, String relative, boolean directory) {
        return Boolean.TRUE.equals(excludes.decide(relative, directory)) || gitignore.ignores(relative, directory);
    }

    private boolean isIncluded(String relative) {
        for (PathPattern p : includes) {
            if (p.matches(relative, false)) {
                return true;
            }
        }
        return false;
    }

    /** .gitignore files between the repository top (the nearest ancestor with .git) and the scan root. */
    private IgnoreStack rootIgnores(Path root) {
        IgnoreStack stack = IgnoreStack.empty();
        if (!options.respectGitignore()) {
            return stack;
        }
        Path top = null;
        for (Path p = root; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                top = p;
                break;
            }
        }
        if (top == null) {
            return stack;
        }
        stack = stack.push(readIgnoreFile(top.resolve(".git").resolve("info").resolve("exclude"), "",
                prefix(top, root)));
        for (Path p = top; !p.equals(root); p = p.resolve(root.getName(p.getNameCount()))) {
            stack = stack.push(readIgnoreFile(p.resolve(".gitignore"), "", prefix(p, root)));
        }
        return stack;
    }

    private static String prefix(Path ancestor, Path root) {
        String rel = slashes(ancestor.relativize(root));
        return rel.isEmpty() ? "" : rel + "/";
    }

    private IgnoreRules readIgnoreFile(Path file, String baseDirectory, String rootPrefix) {
        if (!Files.isRegularFile(file)) {
            return new IgnoreRules(baseDirectory, rootPrefix, List.of());
        }
        try {
            return IgnoreRules.parse(baseDirectory, rootPrefix, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // An unreadable .gitignore must not stop the scan; without it more files are read, not fewer.
            return new IgnoreRules(baseDirectory, rootPrefix, List.of());
        }
    }

    private String reportPath(Path path, String fallback) {
        if (path.startsWith(options.workingDirectory())) {
            String rel = slashes(options.workingDirectory().relativize(path));
            return rel.isEmpty() ? "." : rel;
        }
        return fallback.replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}

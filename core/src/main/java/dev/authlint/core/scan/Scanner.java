package dev.authlint.core.scan;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.model.DocumentEnvelope;
import dev.authlint.core.model.EnvelopeFactory;
import dev.authlint.core.source.DecodedText;
import dev.authlint.core.source.JsonLoader;
import dev.authlint.core.source.ParseProblem;
import dev.authlint.core.source.ParseResult;
import dev.authlint.core.source.ParsedDocument;
import dev.authlint.core.source.SourceFile;
import dev.authlint.core.source.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scanner façade: finds files, reads and parses them, and normalizes every document into an envelope.
 * Every file that cannot be used becomes an IO finding; nothing is dropped silently and nothing throws for bad
 * input. Results are in a deterministic order.
 *
 * <pre>{@code
 * ScanResult r = new Scanner(ScanOptions.defaults()).scan(List.of("clusters/"), System.in);
 * }</pre>
 */
public final class Scanner {

    private final ScanOptions options;
    private final YamlLoader yaml;
    private final JsonLoader json;
    private final EnvelopeFactory envelopes;

    public Scanner(ScanOptions options) {
        this.options = options;
        int codePoints = (int) Math.min(Integer.MAX_VALUE, Math.max(options.maxFileBytes(),
                options.limits().maxCodePoints()));
        this.yaml = new YamlLoader(options.limits().withMaxCodePoints(codePoints));
        this.json = new JsonLoader(options.limits().withMaxCodePoints(codePoints));
        this.envelopes = new EnvelopeFactory(options.limits());
    }

    /**
     * Scans files, directories and {@code -} (standard input, reported under {@link ScanOptions#stdinName()}).
     * No arguments means the working directory.
     */
    public ScanResult scan(List<String> arguments, InputStream stdin) {
        FileDiscovery.Discovered discovered = new FileDiscovery(options).discover(arguments);
        // Files are independent: read them in parallel, then concatenate in discovery order (deterministic).
        List<Collector> perFile = discovered.candidates().parallelStream()
                .map(candidate -> {
                    Collector part = new Collector();
                    scanFile(candidate, stdin, part);
                    return part;
                })
                .toList();
        Collector out = new Collector();
        out.findings.addAll(discovered.findings());
        out.notifications.addAll(discovered.notifications());
        for (Collector part : perFile) {
            out.files.addAll(part.files);
            out.documents.addAll(part.documents);
            out.findings.addAll(part.findings);
            out.notifications.addAll(part.notifications);
        }
        return new ScanResult(out.files, out.documents, out.findings, out.notifications);
    }

    /** Scans one text as if it were a file named {@code relativePath} (used for rendered input and tests). */
    public ScanResult scanText(String relativePath, String text) {
        Collector out = new Collector();
        parse(relativePath, text, out);
        return new ScanResult(out.files, out.documents, out.findings, out.notifications);
    }

    private static final class Collector {
        final List<SourceFile> files = new ArrayList<>();
        final List<DocumentEnvelope> documents = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<ToolNotification> notifications = new ArrayList<>();
    }

    private void scanFile(FileDiscovery.Candidate candidate, InputStream stdin, Collector out) {
        String name = candidate.relativePath();
        SourceLocation whole = SourceLocation.ofFile(name);
        byte[] bytes;
        try {
            if (candidate.path() == null) {
                bytes = stdin == null ? new byte[0] : stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        options.maxFileBytes() + 1));
                if (bytes.length > options.maxFileBytes()) {
                    tooLarge(name, "more than " + options.maxFileBytes(), out);
                    return;
                }
            } else {
                long size = Files.size(candidate.path());
                if (size > options.maxFileBytes()) {
                    tooLarge(name, String.valueOf(size), out);
                    return;
                }
                bytes = Files.readAllBytes(candidate.path());
            }
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            out.files.add(SourceFile.withoutText(name));
            out.findings.add(InputProblem.UNREADABLE.at(whole, "cannot read file: "
                    + (e instanceof Exception ex ? FileDiscovery.describe(ex) : "out of memory")));
            return;
        }
        DecodedText decoded = DecodedText.decode(bytes);
        if (!decoded.ok()) {
            out.files.add(SourceFile.withoutText(name));
            out.findings.add(InputProblem.NOT_TEXT.at(SourceLocation.at(name, Math.max(1, decoded.line()), 1),
                    "not UTF-8 text: " + decoded.problem() + "; not scanned"));
            return;
        }
        if (isHelmTemplate(candidate.path(), decoded.text())) {
            out.files.add(SourceFile.of(name, decoded.text()));
            out.notifications.add(new ToolNotification("note", "skipped Helm chart template " + name
                    + " (it contains {{ }} template syntax); render it with 'helm template' and pipe the result"
                    + " to authlint with '-' to check it", whole));
            return;
        }
        parse(name, decoded.text(), out);
    }

    private void tooLarge(String name, String size, Collector out) {
        out.files.add(SourceFile.withoutText(name));
        out.findings.add(InputProblem.FILE_TOO_LARGE.at(SourceLocation.ofFile(name), "file is " + size
                + " bytes, over the " + options.maxFileBytes() + "-byte limit; not scanned (raise --max-file-size"
                + " to read it)"));
    }

    private void parse(String name, String text, Collector out) {
        out.files.add(SourceFile.of(name, text));
        boolean isJson = name.toLowerCase(Locale.ROOT).endsWith(".json");
        ParseResult parsed = isJson ? json.load(text) : yaml.load(text);
        for (ParsedDocument document : parsed.documents()) {
            if (document.value() == null) {
                continue; // an empty document ("---" with nothing after it) has nothing to check
            }
            try {
                out.documents.addAll(envelopes.envelopes(name, document, parsed.lines()));
            } catch (RuntimeException | StackOverflowError e) {
                // A normalization bug must not hide the file: report it and keep the raw document visible.
                out.notifications.add(new ToolNotification("error", "internal error while reading document "
                        + document.index() + " of " + name + ": " + e, SourceLocation.ofFile(name)));
            }
        }
        if (parsed.problem() != null) {
            ParseProblem p = parsed.problem();
            SourceLocation at = p.span().toLocation(name);
            if (p.kind() == ParseProblem.Kind.LIMIT) {
                out.findings.add(InputProblem.LIMIT_EXCEEDED.at(at, "refused to read this " + (isJson ? "JSON" : "YAML") + ": " + p.message()
                        + (parsed.documents().isEmpty() ? "" : "; documents before this one are checked")));
            } else {
                String hint = text.contains("{{") ? " (the file contains {{ }} template syntax: render it first)" : "";
                out.findings.add(InputProblem.PARSE_ERROR.at(at, (isJson ? "JSON" : "YAML") + " syntax error: "
                        + p.message() + hint));
            }
        }
    }

    /**
     * A file under a chart's templates/ directory (a Chart.yaml beside that directory) that contains template
     * syntax. Standard input is never a template: rendered manifests come that way.
     */
    private static boolean isHelmTemplate(Path path, String text) {
        if (path == null || !text.contains("{{")) {
            return false;
        }
        for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && "templates".equals(dir.getFileName().toString())) {
                Path chart = dir.getParent();
                if (chart != null && (Files.exists(chart.resolve("Chart.yaml")) || Files.exists(chart.resolve("Chart.yml")))) {
                    return true;
                }
            }
        }
        return false;
    }
}

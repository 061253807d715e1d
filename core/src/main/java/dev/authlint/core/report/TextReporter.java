package dev.authlint.core.report;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.RelatedLocation;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.ToolNotification;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable report: unsuppressed findings grouped by file, each with its source line and a caret under
 * the offending column, related locations as a chain, tool notifications, then a one-line summary.
 *
 * <pre>
 * clusters/prod/aws-auth.yaml
 *   clusters/prod/aws-auth.yaml:12:16: critical AA002: role ... is mapped to system:masters
 *      12 |       groups: [system:masters]
 *         |                ^~~~~~~~~~~~~~
 *       -> rbac/binding.yaml:9:3: group ops is bound to cluster-admin
 *
 * 3 files scanned (4 documents): 1 finding (1 critical), 0 suppressed
 * </pre>
 */
public final class TextReporter implements Reporter {

    /** Lines longer than this are shown as a window around the offending column. */
    static final int MAX_SNIPPET_WIDTH = 120;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Report report, ReportContext ctx, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Ansi ansi = new Ansi(ctx.color());
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (!f.suppressed()) {
                byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, List<Finding>> group : byFile.entrySet()) {
            w.write(ansi.bold(clean(group.getKey())) + "\n");
            for (Finding f : group.getValue()) {
                writeFinding(w, f, ctx.sourceLines(), ansi);
            }
            w.write("\n");
        }
        for (ToolNotification n : report.notifications()) {
            w.write(notificationLine(n, ansi) + "\n");
        }
        if (!report.notifications().isEmpty()) {
            w.write("\n");
        }
        w.write(summary(report) + "\n");
        w.flush();
    }

    private static void writeFinding(Writer w, Finding f, SourceLines lines, Ansi ansi) throws IOException {
        w.write("  " + clean(f.location().toString()) + ": " + ansi.severity(f.severity()) + " "
                + ansi.bold(clean(f.ruleId())) + ": " + clean(f.message()) + "\n");
        Optional<String> source = lines.line(f.location().file(), f.location().line());
        if (source.isPresent()) {
            writeSnippet(w, f.location(), source.get(), ansi);
        }
        for (RelatedLocation r : f.related()) {
            w.write("    " + ansi.dim("->") + " " + clean(chainLink(r)) + "\n");
        }
    }

    /** One step of a finding's chain as {@code file:line:column: message} (the location may be missing). */
    static String chainLink(RelatedLocation r) {
        return (r.location() == null ? "" : r.location() + ": ") + (r.message() == null ? "" : r.message());
    }

    private static void writeSnippet(Writer w, SourceLocation loc, String line, Ansi ansi) throws IOException {
        int[] cps = line.codePoints().toArray();
        int col = Math.min(loc.column() - 1, cps.length); // 0-based caret position, may sit just past the end
        int end = loc.endLine() == loc.line() ? Math.min(loc.endColumn() - 1, cps.length) : cps.length;
        int from = 0;
        int to = cps.length;
        if (cps.length > MAX_SNIPPET_WIDTH) {
            from = Math.max(0, Math.min(col - MAX_SNIPPET_WIDTH / 3, cps.length - MAX_SNIPPET_WIDTH));
            to = Math.min(cps.length, from + MAX_SNIPPET_WIDTH);
        }
        StringBuilder text = new StringBuilder(from > 0 ? "..." : "");
        StringBuilder marker = new StringBuilder(from > 0 ? "   " : "");
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            boolean tab = cp == '\t';
            text.appendCodePoint(tab ? '\t' : printable(cp));
            if (i < col) {
                marker.append(tab ? '\t' : ' '); // keep the caret aligned under tab-indented text
            }
        }
        if (to < cps.length) {
            text.append("...");
        }
        marker.append('^');
        for (int i = col + 1; i < Math.min(end, to); i++) {
            marker.append('~');
        }
        String number = Integer.toString(loc.line());
        String gutter = " ".repeat(number.length());
        w.write("    " + ansi.dim(number + " |") + " " + text + "\n");
        w.write("    " + ansi.dim(gutter + " |") + " " + ansi.caret(marker.toString()) + "\n");
    }

    private static String notificationLine(ToolNotification n, Ansi ansi) {
        String where = n.location() == null ? "" : clean(n.location().toString()) + ": ";
        String level = n.level() == null ? "note" : clean(n.level());
        return where + ansi.level(level) + ": " + clean(n.message() == null ? "" : n.message());
    }

    /** E.g. {@code 3 files scanned (4 documents): 2 findings (1 critical, 1 low), 1 suppressed}. */
    static String summary(Report report) {
        Map<Severity, Integer> counts = report.countsBySeverity();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder s = new StringBuilder();
        s.append(plural(report.filesScanned(), "file")).append(" scanned (")
                .append(plural(report.documentsScanned(), "document")).append("): ");
        if (total == 0) {
            s.append("no findings");
        } else {
            s.append(plural(total, "finding")).append(" (");
            List<String> parts = new ArrayList<>();
            counts.forEach((sev, n) -> {
                if (n > 0) {
                    parts.add(n + " " + sev.id());
                }
            });
            s.append(String.join(", ", parts)).append(')');
        }
        s.append(", ").append(report.suppressedCount()).append(" suppressed");
        if (!report.successful()) {
            s.append("; the run was incomplete (see the errors above)");
        }
        return s.toString();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Replaces control characters: messages and source lines come from scanned files, and an escape sequence in
     * a manifest must not reach the user's terminal.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp == '\n' ? ' ' : printable(cp)));
        return b.toString();
    }

    private static int printable(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? '?' : cp;
    }

    /** ANSI styling that collapses to plain text when colour is off. */
    private record Ansi(boolean on) {
        String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }

        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String caret(String s) {
            return wrap("1;32", s);
        }

        String severity(Severity sev) {
            return switch (sev) {
                case CRITICAL -> wrap("1;31", sev.id());
                case HIGH -> wrap("31", sev.id());
                case MEDIUM -> wrap("33", sev.id());
                case LOW -> wrap("36", sev.id());
                case INFO -> wrap("34", sev.id());
            };
        }

        String level(String level) {
            return switch (level) {
                case "error" -> wrap("1;31", level);
                case "warning" -> wrap("33", level);
                default -> wrap("34", level);
            };
        }
    }
}

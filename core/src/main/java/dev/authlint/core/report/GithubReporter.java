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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands: each unsuppressed finding becomes an annotation on the pull request
 * ({@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message}), tool notifications
 * become annotations titled {@code authlint}, and a plain summary line ends the output.
 *
 * <p>Paths are written as the report has them (relative to the scan root); GitHub resolves them against the
 * repository root, so scan from the repository root for annotations to land on the right file.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Report report, ReportContext ctx, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                continue;
            }
            StringBuilder message = new StringBuilder("[").append(f.severity().id()).append("] ").append(f.message());
            for (RelatedLocation r : f.related()) {
                message.append("\n-> ").append(TextReporter.chainLink(r));
            }
            w.write(command(command(f.severity()), f.location(), f.ruleId(), message.toString()));
        }
        for (ToolNotification n : report.notifications()) {
            w.write(command(command(n.level()), n.location(), ToolInfo.NAME, n.message() == null ? "" : n.message()));
        }
        w.write(TextReporter.summary(report) + "\n");
        w.flush();
    }

    static String command(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "notice";
        };
    }

    private static String command(String notificationLevel) {
        if ("error".equalsIgnoreCase(notificationLevel)) {
            return "error";
        }
        return "warning".equalsIgnoreCase(notificationLevel) ? "warning" : "notice";
    }

    /** One {@code ::name props::message} line, escaped the way the Actions runner unescapes it. */
    static String command(String name, SourceLocation loc, String title, String message) {
        Map<String, String> props = new LinkedHashMap<>();
        if (loc != null) {
            props.put("file", loc.file());
            props.put("line", Integer.toString(loc.line()));
            props.put("col", Integer.toString(loc.column()));
            props.put("endLine", Integer.toString(loc.endLine()));
            props.put("endColumn", Integer.toString(loc.endColumn()));
        }
        props.put("title", title);
        StringBuilder b = new StringBuilder("::").append(name).append(' ');
        String sep = "";
        for (Map.Entry<String, String> p : props.entrySet()) {
            b.append(sep).append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
            sep = ",";
        }
        return b.append("::").append(escapeData(message)).append('\n').toString();
    }

    /** The runner's escaping of a command's message: {@code %}, CR and LF. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping of a property value: as for data, plus {@code :} and {@code ,}. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}

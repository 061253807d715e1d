package dev.authlint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.RelatedLocation;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.Suppression;
import dev.authlint.core.finding.ToolNotification;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * authlint's own machine-readable report, documented in {@code docs/output-formats.md} and
 * {@code docs/authlint-report.schema.json}. Every key is always present (absent values are {@code null}) so
 * that scripts need no existence checks; {@link #SCHEMA_VERSION} changes only on incompatible changes.
 */
public final class JsonReporter implements Reporter {

    /** The version of the report's shape, written as {@code "version"}. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(Report report, ReportContext ctx, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonSupport.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", SCHEMA_VERSION);
            writeTool(g, report);
            writeRun(g, report, ctx);
            writeSummary(g, report);
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : report.rules()) {
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notifications");
            for (ToolNotification n : report.notifications()) {
                g.writeStartObject();
                g.writeStringField("level", n.level() == null ? "note" : n.level());
                g.writeStringField("message", n.message() == null ? "" : n.message());
                writeLocationField(g, "location", n.location());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeTool(JsonGenerator g, Report report) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", ToolInfo.NAME);
        g.writeStringField("version", report.toolVersion());
        g.writeStringField("informationUri", ToolInfo.INFORMATION_URI);
        g.writeEndObject();
    }

    private static void writeRun(JsonGenerator g, Report report, ReportContext ctx) throws IOException {
        g.writeObjectFieldStart("run");
        g.writeBooleanField("successful", report.successful());
        writeInstantField(g, "startTime", ctx.timestamps() ? report.startTime() : null);
        writeInstantField(g, "endTime", ctx.timestamps() ? report.endTime() : null);
        g.writeArrayFieldStart("checkedFiles");
        for (String file : report.checkedFiles()) {
            g.writeString(file);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, Report report) throws IOException {
        Map<Severity, Integer> counts = report.countsBySeverity();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("filesScanned", report.filesScanned());
        g.writeNumberField("documentsScanned", report.documentsScanned());
        g.writeNumberField("findings", counts.values().stream().mapToInt(Integer::intValue).sum());
        g.writeNumberField("suppressed", report.suppressedCount());
        g.writeObjectFieldStart("bySeverity");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.id(), counts.get(s));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        g.writeStringField("title", r.title());
        g.writeStringField("description", r.description());
        g.writeStringField("severity", r.severity() == null ? null : r.severity().id());
        g.writeStringField("input", r.input());
        g.writeStringField("remediation", r.remediation());
        writeStrings(g, "references", r.references());
        writeStrings(g, "related", r.related());
        g.writeStringField("helpUri", ToolInfo.helpUri(r));
        g.writeStringField("source", r.source());
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", f.message());
        writeLocationField(g, "location", f.location());
        g.writeArrayFieldStart("related");
        for (RelatedLocation r : f.related()) {
            g.writeStartObject();
            writeLocationField(g, "location", r.location());
            g.writeStringField("message", r.message() == null ? "" : r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("fingerprint", f.fingerprint());
        Suppression s = f.suppression();
        if (s == null) {
            g.writeNullField("suppression");
        } else {
            g.writeObjectFieldStart("suppression");
            g.writeStringField("kind", ToolInfo.suppressionKind(s));
            g.writeStringField("justification", s.justification() == null ? "" : s.justification());
            writeLocationField(g, "location", s.location());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeLocationField(JsonGenerator g, String name, SourceLocation loc) throws IOException {
        if (loc == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("file", loc.file());
        g.writeNumberField("line", loc.line());
        g.writeNumberField("column", loc.column());
        g.writeNumberField("endLine", loc.endLine());
        g.writeNumberField("endColumn", loc.endColumn());
        g.writeEndObject();
    }

    private static void writeInstantField(JsonGenerator g, String name, Instant t) throws IOException {
        g.writeStringField(name, t == null ? null : t.toString());
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

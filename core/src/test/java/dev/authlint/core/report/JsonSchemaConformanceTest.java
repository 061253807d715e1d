package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.authlint.core.finding.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON report matches the schema we document in docs/authlint-report.schema.json, so the two cannot drift. */
class JsonSchemaConformanceTest {

    /** Surefire runs in the module folder; the docs live at the repository root. */
    private static final Path SCHEMA = Path.of("..", "docs", "authlint-report.schema.json");

    static Stream<Report> reports() {
        return Stream.of(SampleReports.full(), SampleReports.clean());
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void reportMatchesDocumentedSchema(Report report) throws IOException {
        JsonSchema schema = schema();
        for (boolean timestamps : new boolean[] {false, true}) {
            String json = SampleReports.render(new JsonReporter(), report, ReportContext.plain().withTimestamps(timestamps));
            Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
            assertTrue(errors.isEmpty(), () -> errors.toString());
        }
    }

    @Test
    void schemaRejectsAReportWithoutFindingsOrWithAnUnknownSeverity() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = (ObjectNode) mapper.readTree(
                SampleReports.render(new JsonReporter(), SampleReports.full(), ReportContext.plain()));
        ObjectNode badSeverity = report.deepCopy();
        ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "severe");
        report.remove("findings");
        assertFalse(schema().validate(report).isEmpty());
        assertFalse(schema().validate(badSeverity).isEmpty());
    }
}

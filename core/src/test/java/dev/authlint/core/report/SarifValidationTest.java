package dev.authlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.authlint.core.finding.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our SARIF against the OASIS schema and against Microsoft's SARIF Multitool (SARIF spec rules and GitHub's
 * ingestion rules), which must report nothing at level error or warning.
 */
class SarifValidationTest {

    @TempDir
    Path dir;

    static Stream<Arguments> reports() {
        ReportContext ctx = ReportContext.plain().withSourceLines(SourceLines.of(SampleReports.SOURCES));
        return Stream.of(
                Arguments.of("full", SampleReports.full(), ctx),
                Arguments.of("full-with-times-and-root", SampleReports.full(),
                        ctx.withTimestamps(true).withScanRoot(Path.of("repo"))),
                Arguments.of("clean", SampleReports.clean(), ReportContext.plain()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void matchesTheSarif210Schema(String name, Report report, ReportContext ctx) throws IOException {
        Path schemaFile = SharedFiles.require("schemas/sarif-schema-2.1.0.json");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(SampleReports.render(new SarifReporter(), report, ctx));
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> name + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void multitoolReportsNoErrorsOrWarnings(String name, Report report, ReportContext ctx) throws Exception {
        String tool = System.getenv("AUTHLINT_SARIF_MULTITOOL");
        assumeTrue(tool != null && !tool.isBlank() && Files.isExecutable(Path.of(tool)),
                "skipped: AUTHLINT_SARIF_MULTITOOL is not set to an executable sarif-multitool (.ci/run installs it "
                        + "from npm and sets it)");
        Path input = dir.resolve(name + ".sarif");
        Path output = dir.resolve(name + ".validation.sarif");
        Files.writeString(input, SampleReports.render(new SarifReporter(), report, ctx));
        Process p = new ProcessBuilder(tool, "validate", input.toString(), "-o", output.toString(),
                "--rule-kind", "Sarif;Gh")
                .redirectErrorStream(true)
                .start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "sarif-multitool did not finish");
        assertTrue(Files.exists(output), () -> "no validation log written; console said:\n" + console);

        List<String> problems = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(output.toFile()).get("runs")) {
            for (JsonNode result : run.path("results")) {
                String level = result.path("level").asText("warning");
                if (level.equals("error") || level.equals("warning")) {
                    problems.add(level + " " + result.path("ruleId").asText() + ": "
                            + result.at("/message/text").asText(result.at("/message/id").asText()) + " "
                            + result.at("/message/arguments"));
                }
            }
            for (JsonNode inv : run.path("invocations")) {
                for (JsonNode n : inv.path("toolExecutionNotifications")) {
                    if (n.path("level").asText("warning").equals("error")) {
                        problems.add("tool error: " + n.at("/message/text").asText());
                    }
                }
            }
        }
        assertEquals(List.of(), problems, () -> name + " (console:\n" + console + ")");
    }
}

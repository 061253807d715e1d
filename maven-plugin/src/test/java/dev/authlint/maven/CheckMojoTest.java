package dev.authlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.report.ReportOutput;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter handling; the real builds are the invoker projects under src/it. */
class CheckMojoTest {

    @TempDir
    Path project;

    private CheckMojo mojo() {
        CheckMojo m = new CheckMojo();
        m.basedir = project.toFile();
        m.outputDirectory = project.resolve("target/authlint").toFile();
        m.builtinRules = true;
        m.timestamps = true;
        return m;
    }

    @Test
    void defaultReportsAreSarifAndJunitInTheOutputDirectory() throws MojoExecutionException {
        List<ReportOutput> outputs = mojo().outputs();
        assertEquals(List.of("sarif", "junit"), outputs.stream().map(o -> o.reporter().format()).toList());
        assertEquals(project.resolve("target/authlint/authlint.sarif"), outputs.get(0).file());
        assertEquals(project.resolve("target/authlint/authlint.xml"), outputs.get(1).file());
    }

    @Test
    void formatWithFileIsRelativeToTheProject() throws MojoExecutionException {
        CheckMojo m = mojo();
        m.formats = List.of("json=reports/a.json", "text");
        List<ReportOutput> outputs = m.outputs();
        assertEquals(project.resolve("reports/a.json"), outputs.get(0).file());
        assertEquals(project.resolve("target/authlint/authlint.txt"), outputs.get(1).file());
    }

    @Test
    void unknownFormatIsAConfigurationError() {
        CheckMojo m = mojo();
        m.formats = List.of("html");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::outputs);
        assertTrue(e.getMessage().contains("'html'") && e.getMessage().contains("sarif"), e.getMessage());
    }

    @Test
    void scansTheBaseDirectoryByDefault() throws MojoExecutionException {
        CheckOptions options = mojo().options();
        assertEquals(List.of(project.toFile().getPath()), options.paths());
        assertNull(options.failOn(), "unset: the config decides");
        assertNull(options.evalTimeout(), "unset: the config decides");
    }

    @Test
    void mapsParametersToCheckOptions() throws MojoExecutionException {
        CheckMojo m = mojo();
        m.paths = List.of(new File("k8s"), new File("iam"));
        m.failOn = "Medium";
        m.disabledRules = List.of("RB001");
        m.timestamps = false;
        m.timeout = "2m";
        CheckOptions options = m.options();
        assertEquals(List.of("k8s", "iam"), options.paths());
        assertEquals(Severity.MEDIUM, options.failOn().severity());
        assertEquals(List.of("RB001"), options.disabledRules());
        assertTrue(!options.timestamps());
        assertEquals(java.time.Duration.ofMinutes(2), options.evalTimeout());
    }

    @Test
    void invalidTimeoutNamesTheExpectedForm() {
        CheckMojo m = mojo();
        m.timeout = "10";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertTrue(e.getMessage().startsWith("authlint: invalid timeout: '10'"), e.getMessage());
        assertTrue(e.getMessage().contains("500ms"), e.getMessage());
    }

    @Test
    void invalidFailOnNamesTheAllowedValues() {
        CheckMojo m = mojo();
        m.failOn = "sometimes";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::options);
        assertTrue(e.getMessage().contains("never"), e.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckMojo m = mojo();
        m.skip = true;
        m.formats = List.of("html");
        m.execute();
    }
}

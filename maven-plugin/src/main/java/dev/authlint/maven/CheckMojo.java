package dev.authlint.maven;

import dev.authlint.core.check.CheckOptions;
import dev.authlint.core.check.CheckResult;
import dev.authlint.core.check.Checker;
import dev.authlint.core.check.FailOn;
import dev.authlint.core.check.Verdict;
import dev.authlint.core.config.ConfigException;
import dev.authlint.core.config.Durations;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.ToolNotification;
import dev.authlint.core.policy.PolicyException;
import dev.authlint.core.report.ReportContext;
import dev.authlint.core.report.ReportOutput;
import dev.authlint.core.report.ReporterRegistry;
import dev.authlint.core.report.SourceLines;
import dev.authlint.core.report.TextReporter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs {@code authlint check} on the project's EKS access configuration (aws-auth, eksctl, RBAC, IAM) and fails
 * the build when a finding reaches {@code failOn}. Reports go to {@code target/authlint/} (SARIF and JUnit by
 * default); the findings are also printed to the build log.
 *
 * <p>Build results mirror the CLI's exit codes: findings at or above the threshold (exit 1) fail the build
 * ({@code BUILD FAILURE}); a configuration or policy error, or a policy that failed to evaluate (exit 2), is a
 * build error that names the file and line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** Files or folders to scan (alias {@code sourceDirectories}). Default: the project's base directory. */
    @Parameter(property = "authlint.paths", alias = "sourceDirectories")
    List<File> paths;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Custom Rego policy files or folders, in addition to the bundled rules and the config's. */
    @Parameter(property = "authlint.policies")
    List<File> policies;

    /** Data documents (JSON or YAML) merged into Rego's {@code data}. */
    @Parameter(property = "authlint.data")
    List<File> data;

    /** The config file. Default: the nearest {@code .authlint.yaml} from the first path upwards. */
    @Parameter(property = "authlint.config")
    File config;

    /**
     * Fail the build on unsuppressed findings at or above this severity: {@code critical}, {@code high},
     * {@code medium}, {@code low}, {@code info}, or {@code never} to report only. Default: the config's, else
     * {@code high}.
     */
    @Parameter(property = "authlint.failOn")
    String failOn;

    /**
     * Reports to write, each {@code FORMAT} (a file {@code authlint.EXT} in {@code outputDirectory}) or
     * {@code FORMAT=FILE}. Formats: text, json, sarif, junit, github. Default: sarif and junit.
     */
    @Parameter(property = "authlint.formats")
    List<String> formats;

    /** Where {@code formats} without a file name are written. */
    @Parameter(property = "authlint.outputDirectory", defaultValue = "${project.build.directory}/authlint")
    File outputDirectory;

    /** A baseline file: findings recorded in it are reported as suppressed, not new. */
    @Parameter(property = "authlint.baseline")
    File baseline;

    /** Glob patterns (.gitignore syntax) of files to scan in folders, in addition to the config's. */
    @Parameter(alias = "include")
    List<String> includes;

    /** Glob patterns (.gitignore syntax) of files to skip, in addition to the config's. */
    @Parameter(alias = "exclude")
    List<String> excludes;

    /** Rule ids to switch off, in addition to the config's (the CLI's {@code --disable}). */
    @Parameter(property = "authlint.disable", alias = "disable")
    List<String> disabledRules;

    /** Run the bundled rules; false runs custom policies only. */
    @Parameter(property = "authlint.builtinRules", defaultValue = "true")
    boolean builtinRules;

    /** Write run times into reports; false gives byte-identical reports for the same input. */
    @Parameter(property = "authlint.timestamps", defaultValue = "true")
    boolean timestamps;

    /**
     * The limit for one policy evaluation on one input: a whole number with a unit, {@code ms}, {@code s},
     * {@code m} or {@code h} (e.g. {@code 500ms}, {@code 10s}, {@code 2m}). Default: the config's {@code timeout},
     * else {@code 10s}.
     */
    @Parameter(property = "authlint.timeout")
    String timeout;

    /** Skip the check. */
    @Parameter(property = "authlint.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("authlint: skipped (authlint.skip)");
            return;
        }
        List<ReportOutput> outputs = outputs();
        CheckOptions options = options();
        CheckResult result;
        try {
            result = new Checker().check(options, InputStream.nullInputStream());
        } catch (ConfigException | PolicyException e) {
            throw new MojoExecutionException("authlint: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("authlint: internal error (" + e + "); please report it", e);
        }
        ReportContext ctx = new ReportContext(SourceLines.of(result.sourceTexts()), false, null, timestamps);
        log(result, ctx);
        for (ReportOutput o : outputs) {
            try {
                o.write(result.report(), ctx, System.out);
                if (o.file() != null) {
                    getLog().info("authlint: wrote " + o.reporter().format() + " report " + o.file());
                }
            } catch (IOException e) {
                throw new MojoExecutionException("authlint: cannot write " + o + ": " + e.getMessage(), e);
            }
        }
        gate(result);
    }

    CheckOptions options() throws MojoExecutionException {
        List<String> scan = new ArrayList<>();
        for (File f : orEmpty(paths)) {
            scan.add(f.getPath());
        }
        if (scan.isEmpty()) {
            scan.add(basedir.getPath());
        }
        FailOn threshold = null;
        if (failOn != null && !failOn.isBlank()) {
            try {
                threshold = FailOn.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("authlint: invalid failOn: " + e.getMessage(), e);
            }
        }
        Duration evalTimeout = null;
        if (timeout != null && !timeout.isBlank()) {
            try {
                evalTimeout = Durations.parse(timeout);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("authlint: invalid timeout: " + e.getMessage(), e);
            }
        }
        return CheckOptions.builder()
                .paths(scan)
                .policies(toPaths(policies))
                .data(toPaths(data))
                .config(config == null ? null : config.toPath())
                .failOn(threshold)
                .baseline(baseline == null ? null : baseline.toPath())
                .include(orEmpty(includes))
                .exclude(orEmpty(excludes))
                .disabledRules(orEmpty(disabledRules))
                .builtinRules(builtinRules)
                .timestamps(timestamps)
                .evalTimeout(evalTimeout)
                .toolVersion(plugin == null ? null : plugin.getVersion())
                .build();
    }

    List<ReportOutput> outputs() throws MojoExecutionException {
        ReporterRegistry registry = ReporterRegistry.standard();
        List<String> specs = formats == null || formats.isEmpty() ? List.of("sarif", "junit") : formats;
        List<ReportOutput> out = new ArrayList<>();
        for (String spec : specs) {
            try {
                ReportOutput o = registry.parseOutput(spec);
                if (o.toStdout()) {
                    o = new ReportOutput(o.reporter(), outputDirectory.toPath()
                            .resolve("authlint." + o.reporter().fileExtension()));
                } else if (!o.file().isAbsolute()) {
                    o = new ReportOutput(o.reporter(), basedir.toPath().resolve(o.file()));
                }
                out.add(o);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("authlint: invalid formats entry '" + spec + "': "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The text report in the build log: findings that fail the gate as errors, the rest as info. */
    private void log(CheckResult result, ReportContext ctx) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            new TextReporter().write(result.report(), ctx, text);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        boolean failing = result.verdict() != Verdict.PASSED;
        for (String line : text.toString(StandardCharsets.UTF_8).split("\n")) {
            if (failing) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
    }

    private void gate(CheckResult result) throws MojoExecutionException, MojoFailureException {
        switch (result.verdict()) {
            case PASSED -> getLog().info("authlint: passed (fail on " + result.failOn() + ")");
            case FAILED -> {
                List<Finding> failing = result.failing();
                throw new MojoFailureException("authlint: " + failing.size() + " finding"
                        + (failing.size() == 1 ? "" : "s") + " at or above " + result.failOn() + ", first: "
                        + failing.get(0).ruleId() + " " + failing.get(0).location() + ": " + failing.get(0).message());
            }
            case ERROR -> {
                String why = result.report().notifications().stream()
                        .filter(n -> "error".equals(n.level())).map(ToolNotification::message).findFirst()
                        .orElse("a policy failed to evaluate");
                throw new MojoExecutionException("authlint: the check is incomplete: " + why);
            }
        }
    }

    private static List<Path> toPaths(List<File> files) {
        return orEmpty(files).stream().map(File::toPath).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package dev.authlint.rego.tester;

import com.google.re2j.Pattern;
import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs Rego unit tests with {@code opa test} semantics (OPA {@code v1/tester/runner.go}):
 * every {@code test_*} rule is queried; {@code true} passes, undefined or any other value fails, an
 * evaluation error (conflict, strict builtin error, timeout) is an error; {@code todo_test_*} rules are
 * skipped. Mocking is Rego's own {@code with}. A compile error aborts the whole run.
 *
 * <pre>{@code
 * TestReport report = TestRunner.load(List.of(Path.of("policies")), RegoVersion.V1, TestRunner.DEFAULT_TIMEOUT)
 *         .run(null, r -> {});
 * if (!report.passed()) System.out.print(report.format(false));
 * }</pre>
 *
 * <p>Files: every {@code *.rego} below the given paths is a module, named by its path as given (so errors
 * and reports show {@code policies/x_test.rego:12}); files named {@code data.json}, {@code data.yaml} or
 * {@code data.yml} are base documents placed at the path of their folder relative to the given root, as
 * OPA's loader does. Other JSON/YAML files are left alone, since policy folders hold fixtures.
 *
 * <p>Tests run one after another on the calling thread; each evaluation has its own deadline.
 */
public final class TestRunner {

    /** OPA's default per-test timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final String RESULT_VAR = "__authlint_test__";

    private final Rego rego;
    private final List<TestCase> tests;
    private final PrintCapture prints;

    private TestRunner(Rego rego, List<TestCase> tests, PrintCapture prints) {
        this.rego = rego;
        this.tests = tests;
        this.prints = prints;
    }

    /**
     * Loads and compiles the policies and data below {@code paths}.
     *
     * @throws RegoException            on parse or compile errors (each with file and line)
     * @throws IllegalArgumentException when a data file is malformed or conflicts with another one
     * @throws IOException              when a file cannot be read
     */
    public static TestRunner load(List<Path> paths, RegoVersion version, Duration timeout) throws IOException {
        PrintCapture prints = new PrintCapture();
        Rego.Builder builder = Rego.builder().regoVersion(version).timeout(timeout).printSink(prints);
        DataTree data = new DataTree();
        for (Path root : paths) {
            for (Path file : filesBelow(root)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".rego")) {
                    builder.module(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                } else {
                    data.add(root, file);
                }
            }
        }
        builder.data(data.toValue());
        Rego rego = builder.build();
        return new TestRunner(rego, TestDiscovery.discover(rego.modules()), prints);
    }

    private static List<Path> filesBelow(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": no such file or directory");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".rego") || DataTree.isDataFile(p))
                    .filter(p -> !inBuildOutput(root, p))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /**
     * True for files below a Maven build folder ({@code target/} beside a {@code pom.xml}): a built policy
     * module holds a copy of every policy there, which would otherwise be loaded twice.
     */
    private static boolean inBuildOutput(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root);
                dir = dir.getParent()) {
            if (dir.getFileName().toString().equals("target") && Files.isRegularFile(dir.resolveSibling("pom.xml"))) {
                return true;
            }
        }
        return false;
    }

    /** The discovered tests, in file and line order. */
    public List<TestCase> tests() {
        return tests;
    }

    /**
     * Runs the tests whose full name ({@code data.pkg.test_x}) matches {@code filter} (RE2 syntax, found
     * anywhere in the name, as {@code opa test --run}); all tests when {@code filter} is null.
     *
     * @param listener called after each test, e.g. to stream progress
     */
    public TestReport run(Pattern filter, Consumer<TestResult> listener) {
        List<TestResult> results = new ArrayList<>();
        for (TestCase test : tests) {
            if (filter != null && !filter.matcher(test.name()).find()) {
                continue;
            }
            TestResult result = test.todo()
                    ? new TestResult(test, TestOutcome.SKIPPED, "", Duration.ZERO, List.of())
                    : runOne(test);
            results.add(result);
            listener.accept(result);
        }
        return new TestReport(results);
    }

    private TestResult runOne(TestCase test) {
        prints.clear();
        long start = System.nanoTime();
        TestOutcome outcome;
        String detail;
        try {
            ResultSet rs = rego.prepare(RESULT_VAR + " := " + test.name()).eval(null);
            Value value = rs.results().isEmpty() ? null : rs.results().get(0).bindings().get(RESULT_VAR);
            if (passes(value)) {
                outcome = TestOutcome.PASS;
                detail = "";
            } else {
                outcome = TestOutcome.FAIL;
                detail = describeFailure(value);
            }
        } catch (RegoException e) {
            outcome = TestOutcome.ERROR;
            detail = e.errors().stream().map(RegoError::toString).collect(Collectors.joining("\n"));
        } catch (RuntimeException | StackOverflowError e) {
            // an engine bug must not take the other tests down with it
            outcome = TestOutcome.ERROR;
            detail = test.location() + ": internal error in the Rego engine: " + e;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        return new TestResult(test, outcome, detail, duration, prints.lines());
    }

    /**
     * {@code true} passes; so does a ref-head test ({@code test_x[note] if ...}), an object whose every value
     * is {@code true} — OPA reports those keys as sub-results that must all pass.
     */
    private static boolean passes(Value value) {
        if (BooleanValue.TRUE.equals(value)) {
            return true;
        }
        if (value instanceof ObjectValue object && object.size() > 0) {
            return object.entries().stream().allMatch(e -> passes(e.getValue()));
        }
        return false;
    }

    private static String describeFailure(Value value) {
        if (value == null) {
            return "test is undefined";
        }
        if (value instanceof ObjectValue object && object.size() > 0) {
            List<String> failing = object.entries().stream().filter(e -> !passes(e.getValue()))
                    .map(e -> e.getKey().toRegoString()).toList();
            return "not true for " + abbreviate(String.join(", ", failing));
        }
        return "test has value " + abbreviate(value.toRegoString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The {@code print()} lines of the test running now (tests run sequentially). */
    private static final class PrintCapture implements Consumer<String> {
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void accept(String line) {
            lines.add(line);
        }

        synchronized void clear() {
            lines.clear();
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }
    }
}

package dev.authlint.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared OPA and regorus conformance suites and fails when either passes fewer cases than the floor
 * committed in {@code pass-floor.properties}: a ratchet that keeps the engine from regressing.
 */
class ConformanceFloorTest {

    private static final String FLOOR_RESOURCE = "/dev/authlint/rego/conformance/pass-floor.properties";

    @Test
    void sharedSuitesPassAtLeastTheCommittedFloor() throws IOException {
        String shared = System.getProperty("authlint.shared.dir");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "conformance")),
                "shared conformance cases not found (system property authlint.shared.dir = " + shared
                        + "); skipping the conformance floor check");
        Properties floor = new Properties();
        try (InputStream in = ConformanceFloorTest.class.getResourceAsStream(FLOOR_RESOURCE)) {
            floor.load(in);
        }
        Path root = Path.of(shared, "conformance");
        ConformanceSummary summary = ConformanceSuite.withBundledSkipList()
                .run(List.of(root.resolve("opa"), root.resolve("regorus")), r -> { });
        StringBuilder report = new StringBuilder(summary.totalsLine());
        boolean ok = true;
        for (CaseFormat format : CaseFormat.values()) {
            String key = format.name().toLowerCase(Locale.ROOT);
            long passed = summary.count(format, CaseResult.Status.PASSED);
            long required = Long.parseLong(floor.getProperty(key, "0").strip());
            report.append(String.format(Locale.ROOT, "%n  %s: %d passed (floor %d), %d failed, %d skipped", key, passed,
                    required, summary.count(format, CaseResult.Status.FAILED), summary.count(format, CaseResult.Status.SKIPPED)));
            ok &= passed >= required;
        }
        System.out.println(report);
        assertTrue(ok, "conformance fell below the committed floor:\n" + report
                + "\nrun ./authlint conformance ../shared/conformance to see the failing cases");
    }
}

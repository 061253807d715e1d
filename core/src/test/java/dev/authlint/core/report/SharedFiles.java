package dev.authlint.core.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared folder beside the repository (schemas), found through {@code authlint.shared.dir}. */
final class SharedFiles {

    private SharedFiles() {
    }

    /** A file under {@code ../shared}; skips the calling test with a clear message when it is absent. */
    static Path require(String relative) {
        String dir = System.getProperty("authlint.shared.dir");
        assumeTrue(dir != null && !dir.isBlank(),
                "skipped: system property authlint.shared.dir is not set (run through Maven to validate against "
                        + relative + ")");
        Path file = Path.of(dir).resolve(relative);
        assumeTrue(Files.isRegularFile(file),
                "skipped: " + file + " is absent (the shared folder beside the repository holds the schemas)");
        return file;
    }
}

package dev.authlint.rego.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every conformance case found below some directories, honouring a {@link SkipList}.
 *
 * <p>Usage: {@code ConformanceSuite.withBundledSkipList().run(List.of(dir), result -> ...)}. Cases run one
 * after another (the machine is shared; the engine parallelises nothing here).
 */
public final class ConformanceSuite {

    /** Per-evaluation deadline; OPA's own test runner uses 5 s per test. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final SkipList skipList;
    private final CaseRunner runner;

    public ConformanceSuite(SkipList skipList, Duration timeout) {
        this.skipList = skipList;
        this.runner = new CaseRunner(timeout);
    }

    /** A suite using the checked-in skip list and the default timeout. */
    public static ConformanceSuite withBundledSkipList() {
        return new ConformanceSuite(SkipList.bundled(), DEFAULT_TIMEOUT);
    }

    /**
     * Loads and runs every case file below each of {@code roots}, calling {@code listener} after each case.
     * File names in results are the root as given joined with the path below it
     * ({@code ../shared/conformance/opa/...}), so they keep the {@code opa}/{@code regorus} folder that tells
     * the dialect and that skip-list entries are matched against, whichever folder the run starts from.
     */
    public ConformanceSummary run(List<Path> roots, Consumer<CaseResult> listener) {
        List<CaseResult> results = new ArrayList<>();
        for (Path given : roots) {
            List<Path> files;
            try {
                files = CaseLoader.findFiles(given);
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read " + given + ": " + e.getMessage(), e);
            }
            for (Path file : files) {
                String display = file.toString().replace('\\', '/');
                CaseFile loaded = CaseLoader.load(file, display);
                if (loaded.loadError() != null) {
                    ConformanceCase pseudo = CaseParser.parse(display + " :: (file)", display, "(file)",
                            CaseLoader.formatOf(display, List.of()), false, null);
                    CaseResult failed = CaseResult.failed(pseudo, loaded.loadError());
                    results.add(failed);
                    listener.accept(failed);
                    continue;
                }
                for (ConformanceCase c : loaded.cases()) {
                    CaseResult result = skipList.find(c)
                            .map(entry -> CaseResult.skipped(c, entry.reason()))
                            .orElseGet(() -> runner.run(c));
                    results.add(result);
                    listener.accept(result);
                }
            }
        }
        return new ConformanceSummary(results);
    }
}

package dev.authlint.core.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Maven entry point for {@link LoadingBenchmark}; it only runs when asked for with {@code -Dauthlint.bench=true}
 * and asserts nothing about speed (figures are printed, never checked in a unit test).
 */
@EnabledIfSystemProperty(named = "authlint.bench", matches = "true")
class LoadingBenchmarkRun {

    @Test
    void run() {
        LoadingBenchmark.main(new String[] {System.getProperty("authlint.bench.documents", "20000"),
                System.getProperty("authlint.bench.rounds", "10")});
    }
}

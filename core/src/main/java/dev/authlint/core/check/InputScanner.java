package dev.authlint.core.check;

import java.io.InputStream;
import java.util.List;

/** Reads the files to check; {@link ScannerInputScanner} adapts authlint's scanner. */
@FunctionalInterface
public interface InputScanner {

    /**
     * @param paths files, folders or {@code -} for standard input
     * @param stdin standard input
     * @param settings include/exclude patterns, size cap, stdin file name
     */
    ScannedInput scan(List<String> paths, InputStream stdin, ScanSettings settings);

    /**
     * @param include glob patterns of files to scan (empty: the scanner's defaults)
     * @param exclude glob patterns of files to skip
     * @param maxFileBytes size cap, or null for the default
     * @param stdinName the name reported for standard input
     */
    record ScanSettings(List<String> include, List<String> exclude, Long maxFileBytes, String stdinName) {
        public ScanSettings {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }
}

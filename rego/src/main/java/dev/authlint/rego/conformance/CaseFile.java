package dev.authlint.rego.conformance;

import java.util.List;

/**
 * The cases of one YAML file, or why the file could not be read.
 *
 * @param file      path relative to the run's directory, {@code /}-separated
 * @param cases     the cases, in file order (empty when {@code loadError} is set)
 * @param loadError why the file could not be read, or null
 */
public record CaseFile(String file, List<ConformanceCase> cases, String loadError) {
    public CaseFile {
        cases = List.copyOf(cases);
    }

    static CaseFile unreadable(String file, String why) {
        return new CaseFile(file, List.of(), why);
    }
}

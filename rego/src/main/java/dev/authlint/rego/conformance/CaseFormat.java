package dev.authlint.rego.conformance;

/**
 * The two conformance case dialects. They share the outer shape ({@code cases:} with {@code note},
 * {@code modules}, {@code data}, {@code input}, {@code query}) but differ in how expectations are written,
 * in the default for strict builtin errors, in the Rego version of the modules and in module file names.
 */
public enum CaseFormat {
    /** OPA's {@code v1/test/cases/testdata/v1} files: binding-set rows, {@code want_error_code}, Rego v1. */
    OPA("test-%d.rego", false),
    /** regorus's {@code tests/interpreter/cases} files: result values, {@code error}, Rego v0 by default. */
    REGORUS("rego_%d", true);

    private final String moduleNamePattern;
    private final boolean strictByDefault;

    CaseFormat(String moduleNamePattern, boolean strictByDefault) {
        this.moduleNamePattern = moduleNamePattern;
        this.strictByDefault = strictByDefault;
    }

    /** The file name the upstream harness gives module {@code index}; expected error and print texts contain it. */
    public String moduleName(int index) {
        return String.format(moduleNamePattern, index);
    }

    /** Whether failing builtins raise errors when a case does not say. */
    public boolean strictByDefault() {
        return strictByDefault;
    }
}

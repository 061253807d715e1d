package dev.authlint.rego.tester;

/**
 * One Rego test: a rule whose name (or a ground segment of its ref head) starts with {@code test_}.
 *
 * @param name the full path queried, e.g. {@code data.authlint.rules.aa001.test_wildcard_denied}
 * @param file the module's file name
 * @param row  line of the (first) definition
 * @param todo true for {@code todo_test_*} rules: reported as skipped, not run
 */
public record TestCase(String name, String file, int row, boolean todo) {

    /** {@code file:row}, as shown in reports. */
    public String location() {
        return file + ":" + row;
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Ref;

/**
 * A rule that {@code opa test} would run: some element of its constant path starts with
 * {@code test_}; {@code todo_test_} marks a skipped test.
 *
 * @param name     the full name, e.g. {@code data.authz.test_admin_allowed}
 * @param path     the rule's constant path
 * @param todo     true for {@code todo_test_} rules (reported as skipped, never run)
 * @param location where the first definition is
 */
public record TestRule(String name, Ref path, boolean todo, Location location) {
}

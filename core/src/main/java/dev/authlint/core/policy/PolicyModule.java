package dev.authlint.core.policy;

import java.util.Objects;

/**
 * One Rego source file to load.
 *
 * @param name the file name used in Rego error messages: a classpath path for bundled policies
 *     ({@code authlint/policies/rbac/RB001.rego}), the path as given for custom ones
 * @param source the Rego text
 * @param bundled true for policies shipped with authlint
 */
public record PolicyModule(String name, String source, boolean bundled) {
    public PolicyModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}

package dev.authlint.core.policy;

import dev.authlint.rego.ast.Module;
import java.util.Objects;

/**
 * One Rego source file to load.
 *
 * @param name the file name used in Rego error messages: a classpath path for bundled policies
 *     ({@code authlint/policies/rbac/RB001.rego}), the path as given for custom ones
 * @param source the Rego text
 * @param bundled true for policies shipped with authlint
 * @param parsed the module as the engine parsed it when its rule metadata was read, or null before that; the
 *     compiler reuses it instead of parsing the source again
 */
public record PolicyModule(String name, String source, boolean bundled, Module parsed) {
    public PolicyModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** A module not parsed yet. */
    public PolicyModule(String name, String source, boolean bundled) {
        this(name, source, bundled, null);
    }

    /** This module with its parsed form attached. */
    public PolicyModule withParsed(Module module) {
        return new PolicyModule(name, source, bundled, module);
    }
}

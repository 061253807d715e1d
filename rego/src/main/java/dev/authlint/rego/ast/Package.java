package dev.authlint.rego.ast;

import java.util.Objects;

/**
 * A {@code package} declaration.
 *
 * @param path     the absolute path, e.g. {@code data.authlint.rules}
 * @param location where {@code package} appears
 */
public record Package(Ref path, Location location) implements Node {

    public Package {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
        return "package " + path.prefix(1).append(path.path()).toString().substring("data.".length());
    }
}

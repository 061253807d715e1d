package dev.authlint.rego.ast;

import java.util.Objects;

/**
 * An {@code import} declaration.
 *
 * @param path     what is imported, e.g. {@code data.lib.k8s}, {@code input.request},
 *                 {@code future.keywords.in}, {@code rego.v1}
 * @param alias    the {@code as} name, or {@code null}
 * @param location where {@code import} appears
 */
public record Import(Ref path, String alias, Location location) implements Node {

    public Import {
        Objects.requireNonNull(path, "path");
    }

    /** The name the import binds: the alias, else the last path element ({@code input} if only a root). */
    public String name() {
        if (alias != null) {
            return alias;
        }
        if (path.path().isEmpty()) {
            return ((Var) path.head()).name();
        }
        Term last = path.path().get(path.path().size() - 1);
        return last instanceof Scalar s && s.stringValue() != null ? s.stringValue() : last.toString();
    }

    /** True for {@code future.keywords...} and {@code rego.v1}, which change syntax rather than bind a name. */
    public boolean isLanguageImport() {
        return path.hasHead("future") || path.hasHead("rego");
    }

    @Override
    public String toString() {
        return "import " + path + (alias == null ? "" : " as " + alias);
    }
}

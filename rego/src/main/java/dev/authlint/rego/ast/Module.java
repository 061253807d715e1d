package dev.authlint.rego.ast;

import dev.authlint.rego.RegoVersion;

import java.util.List;
import java.util.Objects;

/**
 * A parsed Rego file.
 *
 * @param file        the file name as given to the parser
 * @param pkg         the package declaration
 * @param imports     the imports, in source order
 * @param rules       the rules, in source order (else chains hang off their first rule)
 * @param annotations every METADATA block of the file, in source order
 * @param version     the syntax the module was parsed with (v1 if a v0 module imports {@code rego.v1})
 */
public record Module(String file, Package pkg, List<Import> imports, List<Rule> rules,
                     List<Annotations> annotations, RegoVersion version) {

    public Module {
        Objects.requireNonNull(pkg, "pkg");
        imports = List.copyOf(imports);
        rules = List.copyOf(rules);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(version, "version");
    }

    /** Copy with other rules. */
    public Module withRules(List<Rule> newRules) {
        return new Module(file, pkg, imports, newRules, annotations, version);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(pkg.toString()).append('\n');
        imports.forEach(i -> text.append(i).append('\n'));
        rules.forEach(r -> text.append(r).append('\n'));
        return text.toString();
    }
}

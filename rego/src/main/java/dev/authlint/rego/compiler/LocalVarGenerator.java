package dev.authlint.rego.compiler;

import java.util.Set;

/**
 * Generates fresh variable names ({@code __local0__}, {@code __local1__}, ...; queries use
 * {@code __localq0__}) that collide with no variable of the compiled modules.
 */
final class LocalVarGenerator {

    /** OPA's LocalVarPrefix. */
    static final String PREFIX = "__local";

    private final String prefix;
    private final Set<String> exclude;
    private int next;

    LocalVarGenerator(String suffix, Set<String> exclude) {
        this.prefix = PREFIX + suffix;
        this.exclude = exclude;
    }

    String next() {
        while (true) {
            String name = prefix + next++ + "__";
            if (!exclude.contains(name)) {
                return name;
            }
        }
    }
}

package dev.authlint.rego.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code some x, y}: declares local variables without binding them.
 *
 * @param vars     the declared variables
 * @param location where {@code some} appears
 */
public record SomeDecl(List<Var> vars, Location location) implements Statement {

    public SomeDecl {
        vars = List.copyOf(vars);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SomeDecl other && vars.equals(other.vars);
    }

    @Override
    public int hashCode() {
        return vars.hashCode();
    }

    @Override
    public String toString() {
        return vars.stream().map(Var::toString).collect(Collectors.joining(", ", "some ", ""));
    }
}

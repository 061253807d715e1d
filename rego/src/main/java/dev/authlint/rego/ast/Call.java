package dev.authlint.rego.ast;

import java.util.List;
import java.util.Objects;

/**
 * A call of a builtin or user function. Infix operators parse to calls of OPA's builtin names:
 * {@code x == y} is {@code equal(x, y)}, {@code x = y} is {@code eq(x, y)}, {@code x := y} is
 * {@code assign(x, y)}, {@code x in xs} is {@code internal.member_2(x, xs)}, and so on (see
 * {@link Operators}).
 *
 * @param operator the function reference, e.g. {@code count} or {@code data.pkg.f}
 * @param args     the arguments (an extra trailing argument receives the result)
 * @param location where the call starts
 */
public record Call(Ref operator, List<Term> args, Location location) implements Term {

    public Call {
        Objects.requireNonNull(operator, "operator");
        args = List.copyOf(args);
    }

    /** A call of a builtin named by a dotted name (e.g. {@code "equal"}, {@code "internal.member_2"}). */
    public static Call of(String name, Location location, Term... args) {
        String[] parts = name.split("\\.");
        String[] rest = new String[parts.length - 1];
        System.arraycopy(parts, 1, rest, 0, rest.length);
        return new Call(Ref.of(location, parts[0], rest), List.of(args), location);
    }

    /** The operator as a dotted name, or {@code null} if it is not a plain name. */
    public String name() {
        return operator.toDottedName();
    }

    /** True if this calls the operator with the given dotted name. */
    public boolean isOperator(String dottedName) {
        return dottedName.equals(name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Call other && operator.equals(other.operator) && args.equals(other.args);
    }

    @Override
    public int hashCode() {
        return 31 * operator.hashCode() + args.hashCode();
    }

    @Override
    public String toString() {
        return Operators.format(this);
    }
}

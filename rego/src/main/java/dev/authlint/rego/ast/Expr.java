package dev.authlint.rego.ast;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One expression of a body: a statement, optionally negated with {@code not} and modified by
 * {@code with} clauses.
 *
 * @param statement what to evaluate: a term (usually a {@link Call} such as {@code eq(x, y)}), a
 *                  {@link SomeDecl}, a {@link SomeIn} or an {@link Every}
 * @param negated   true for {@code not ...}
 * @param withs     the {@code with} modifiers, in source order
 * @param location  where the expression starts ({@code not} included)
 */
public record Expr(Statement statement, boolean negated, List<With> withs, Location location) implements Node {

    public Expr {
        Objects.requireNonNull(statement, "statement");
        withs = List.copyOf(withs);
    }

    /** A plain expression at the statement's location. */
    public static Expr of(Statement statement) {
        return new Expr(statement, false, List.of(), statement.location());
    }

    /** The statement as a term, or {@code null} for some/every. */
    public Term term() {
        return statement instanceof Term t ? t : null;
    }

    /** The statement as a call, or {@code null}. */
    public Call call() {
        return statement instanceof Call c ? c : null;
    }

    /** True if this is a call of the given operator name, e.g. {@code Operators.EQ}. */
    public boolean isCall(String operatorName) {
        return statement instanceof Call c && c.isOperator(operatorName);
    }

    /** Copy with another statement. */
    public Expr withStatement(Statement newStatement) {
        return new Expr(newStatement, negated, withs, location);
    }

    /** Copy with other {@code with} modifiers. */
    public Expr withWiths(List<With> newWiths) {
        return new Expr(statement, negated, newWiths, location);
    }

    /** Visits every var of the statement and the {@code with} values. */
    public void walkVars(Consumer<Var> visitor) {
        if (statement instanceof Term t) {
            Terms.walkVars(t, visitor);
        } else if (statement instanceof SomeDecl s) {
            s.vars().forEach(visitor);
        } else if (statement instanceof SomeIn s) {
            if (s.key() != null) {
                Terms.walkVars(s.key(), visitor);
            }
            Terms.walkVars(s.value(), visitor);
            Terms.walkVars(s.collection(), visitor);
        } else if (statement instanceof Every e) {
            if (e.key() != null) {
                Terms.walkVars(e.key(), visitor);
            }
            Terms.walkVars(e.value(), visitor);
            Terms.walkVars(e.domain(), visitor);
            e.body().walkVars(visitor);
        }
        for (With with : withs) {
            Terms.walkVars(with.value(), visitor);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expr other && negated == other.negated && statement.equals(other.statement)
                && withs.equals(other.withs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statement, negated, withs);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (negated) {
            text.append("not ");
        }
        text.append(statement);
        for (With with : withs) {
            text.append(' ').append(with);
        }
        return text.toString();
    }
}

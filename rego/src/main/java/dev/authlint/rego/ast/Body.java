package dev.authlint.rego.ast;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A query: expressions that must all hold, evaluated in order.
 *
 * @param exprs    the expressions; never empty for rule bodies (a rule without a body gets
 *                 {@code true})
 * @param location where the body starts
 */
public record Body(List<Expr> exprs, Location location) {

    public Body {
        exprs = List.copyOf(exprs);
    }

    /** The body {@code true}, used for rules written without a body. */
    public static Body trueBody(Location location) {
        return new Body(List.of(Expr.of(new Scalar(dev.authlint.rego.value.BooleanValue.TRUE, location))), location);
    }

    /** Visits every var in every expression (including {@code with} values and nested bodies). */
    public void walkVars(Consumer<Var> visitor) {
        exprs.forEach(e -> e.walkVars(visitor));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && exprs.equals(other.exprs);
    }

    @Override
    public int hashCode() {
        return exprs.hashCode();
    }

    @Override
    public String toString() {
        return exprs.stream().map(Expr::toString).collect(Collectors.joining("; "));
    }
}

package dev.authlint.rego;

import dev.authlint.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * One solution of a query.
 *
 * @param bindings    the query's user variables and their values (generated and {@code _} variables omitted)
 * @param expressions the value of each query expression in source order ({@code true} for
 *                    unifications and calls without an output; the term's value for bare terms)
 */
public record Result(Map<String, Value> bindings, List<Value> expressions) {

    public Result {
        bindings = Map.copyOf(bindings);
        expressions = List.copyOf(expressions);
    }

    /** The value bound to {@code name}, or null. */
    public Value binding(String name) {
        return bindings.get(name);
    }
}

package dev.authlint.rego.eval;

import dev.authlint.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * One answer of a query.
 *
 * @param bindings    the user-visible query variables and their values, in order of appearance
 * @param expressions the value of each query expression, in source order
 */
public record Solution(Map<String, Value> bindings, List<Value> expressions) {
}

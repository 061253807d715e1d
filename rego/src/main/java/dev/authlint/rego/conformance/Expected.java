package dev.authlint.rego.conformance;

import java.util.List;
import java.util.Map;

/** What a case expects from evaluation. */
public sealed interface Expected {

    /**
     * OPA's {@code want_result}: an unordered list of binding sets, compared after converting actual values
     * to JSON (sets become sorted arrays, non-string keys become their JSON text, numbers compare by value).
     * An empty list means the query must be undefined.
     *
     * @param sortBindings sort every (array) binding value on both sides before comparing
     */
    record BindingRows(List<Map<String, Object>> rows, boolean sortBindings) implements Expected {
        public BindingRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * regorus's {@code want_result}: one value per solution (the bindings, or for variable-free queries the
     * expression value), concatenated over all inputs; {@code set!}, {@code object!} and {@code #undefined}
     * are decoded by {@link RegorusEncoding}.
     */
    record ResultValues(List<Object> values) implements Expected {
        public ResultValues {
            values = List.copyOf(values);
        }
    }

    /** regorus's {@code no_result: true}: evaluation must succeed; the result is not compared. */
    record Success() implements Expected {
    }

    /**
     * An evaluation or compile error.
     *
     * @param code     OPA error code that must match exactly, or null for any
     * @param contains substring of the error text, or null / empty for any
     */
    record Failure(String code, String contains) implements Expected {
    }

    /**
     * OPA cases carrying {@code strict_error: true} together with {@code want_error*} and {@code want_result}:
     * the error is expected under strict builtin errors and the rows under the default, non-strict mode.
     */
    record StrictFailureElseRows(Failure strict, BindingRows lenient) implements Expected {
    }

    /** The case does not say what it expects (or says it in a form we cannot read); it counts as failed. */
    record Malformed(String why) implements Expected {
    }
}

package dev.authlint.rego.conformance;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares actual solutions with a case's expectation, in each dialect's terms. Solution order is ignored:
 * neither engine defines it, and OPA's harness compares result sets as sets.
 */
final class ResultMatcher {

    /** regorus's spelling of "this input yields no value". */
    private static final String UNDEFINED = "#undefined";

    private ResultMatcher() {
    }

    /**
     * OPA: each solution's bindings, converted to JSON (sets → sorted arrays, non-string keys → JSON text,
     * numbers by value), must match one expected row, and vice versa.
     *
     * @return null when they match, else why not
     */
    static String opaRows(Outcome outcome, Expected.BindingRows expected) {
        List<Value> actual = new ArrayList<>();
        for (Outcome.Solution s : outcome.solutions()) {
            ObjectValue.Builder row = ObjectValue.builder();
            s.bindings().forEach((name, value) -> row.put(StringValue.of(name), sorted(asJson(value), expected.sortBindings())));
            actual.add(row.build());
        }
        List<Value> wanted = new ArrayList<>();
        for (Map<String, Object> bindings : expected.rows()) {
            ObjectValue.Builder row = ObjectValue.builder();
            bindings.forEach((name, yaml) -> row.put(StringValue.of(name), sorted(YamlValues.plain(yaml), expected.sortBindings())));
            wanted.add(row.build());
        }
        return sameMultiset(actual, wanted);
    }

    /**
     * regorus: per input, one solution gives its bindings object (or, without variables, the value of the
     * last expression); several give one row each (bindings, or the array of expression values). Rows of all
     * inputs are concatenated and compared with {@code want_result} (a value, or {@code many!} rows).
     */
    static String regorusValues(List<Outcome> outcomes, Expected.ResultValues expected) {
        List<Value> actual = new ArrayList<>();
        for (Outcome o : outcomes) {
            List<Outcome.Solution> solutions = o.solutions();
            for (Outcome.Solution s : solutions) {
                if (!s.bindings().isEmpty()) {
                    ObjectValue.Builder row = ObjectValue.builder();
                    s.bindings().forEach((name, value) -> row.put(StringValue.of(name), value));
                    actual.add(row.build());
                } else if (solutions.size() == 1) {
                    actual.add(s.expressions().isEmpty() ? ObjectValue.EMPTY : s.expressions().get(s.expressions().size() - 1));
                } else {
                    actual.add(ArrayValue.of(s.expressions()));
                }
            }
        }
        List<Value> wanted = new ArrayList<>();
        for (Object yaml : expected.values()) {
            if (!UNDEFINED.equals(yaml)) {
                wanted.add(YamlValues.regorus(yaml));
            }
        }
        return sameMultiset(actual, wanted);
    }

    /** A value as OPA's JSON output shows it, back as a value (sets → arrays, non-string keys → strings). */
    static Value asJson(Value value) {
        return YamlValues.plain(Values.toJava(value));
    }

    private static Value sorted(Value value, boolean sort) {
        if (!sort || !(value instanceof ArrayValue array)) {
            return value;
        }
        List<Value> items = new ArrayList<>(array.elements());
        items.sort(null);
        return ArrayValue.of(items);
    }

    private static String sameMultiset(List<Value> actual, List<Value> wanted) {
        List<Value> unmatched = new ArrayList<>(wanted);
        List<Value> extra = new ArrayList<>();
        for (Value a : actual) {
            if (!unmatched.remove(a)) {
                extra.add(a);
            }
        }
        if (extra.isEmpty() && unmatched.isEmpty()) {
            return null;
        }
        return "got " + render(actual) + " but expected " + render(wanted);
    }

    private static String render(List<Value> rows) {
        if (rows.isEmpty()) {
            return "no result";
        }
        List<String> texts = rows.stream().map(Value::toRegoString).toList();
        String joined = String.join(", ", texts);
        return (rows.size() == 1 ? "" : rows.size() + " results ") + "[" + abbreviate(joined) + "]";
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}

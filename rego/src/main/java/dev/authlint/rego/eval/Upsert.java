package dev.authlint.rego.eval;

import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;

/** Copy-on-write replacement of a value at a path of object keys, creating objects on the way. */
final class Upsert {

    private Upsert() {
    }

    /**
     * {@code document} with {@code path[from..]} set to {@code replacement}. Missing or non-object
     * intermediate documents become objects, as OPA does when it patches {@code input} for {@code with}.
     */
    static Value at(Value document, Value[] path, int from, Value replacement) {
        if (from == path.length) {
            return replacement;
        }
        ObjectValue object = document instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        Value child = object.get(path[from]);
        return object.with(path[from], at(child, path, from + 1, replacement));
    }
}

package dev.authlint.rego.eval;

import dev.authlint.rego.value.Value;

/** Receives each (key, value) entry of a collection; the return value has the meaning of {@link Cont#run()}. */
@FunctionalInterface
interface EntryCont {
    boolean accept(Value key, Value value);
}

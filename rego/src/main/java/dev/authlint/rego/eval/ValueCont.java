package dev.authlint.rego.eval;

import dev.authlint.rego.value.Value;

/** Receives each value of an operand in turn; the return value has the meaning of {@link Cont#run()}. */
@FunctionalInterface
interface ValueCont {
    boolean accept(Value value);
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.Value;
import java.util.List;

/** The implementation of one Rego builtin function. */
@FunctionalInterface
public interface Builtin {

    /**
     * Calls the builtin on ground operands.
     *
     * @return the result, or {@code null} when the result is undefined; a
     *     {@linkplain BuiltinDecl#relation() relation} returns an array of all its results
     * @throws BuiltinException (after the registry's wrapping) when the call fails
     */
    Value call(BuiltinContext ctx, List<Value> args) throws BuiltinException;
}

package dev.authlint.rego.eval.plan;

import dev.authlint.rego.builtins.BuiltinDecl;

/**
 * The target of a call: a user function (a node of the data tree holding function rules) or a
 * builtin. Calls are looked up by {@code name} in the active {@code with} mocks first, so both
 * kinds can be replaced at evaluation time.
 *
 * @param name    the name mocks are keyed by: {@code data.pkg.f} or a builtin name such as {@code count}
 * @param user    the function's rules, or null for a builtin
 * @param builtin the builtin declaration, or null for a user function
 */
public record FunctionRef(String name, DataNode user, BuiltinDecl builtin) {

    /** The number of arguments the function declares; -1 for variadic builtins. */
    public int arity() {
        if (user != null) {
            return user.functionArity();
        }
        return builtin == null ? -1 : builtin.arity();
    }
}

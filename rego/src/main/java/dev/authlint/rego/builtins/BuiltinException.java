package dev.authlint.rego.builtins;

import java.util.Objects;

/**
 * A failed builtin call as the evaluator sees it: OPA's error code and a message already
 * prefixed with the builtin's name, e.g.
 * {@code "count: operand 1 must be one of {array, object, set, string} but got number"}.
 *
 * <p>Builtins do not create these themselves; they throw {@link BuiltinFailure} and the
 * registry's wrapper converts it. As in OPA, an evaluation without strict builtin errors makes
 * the failing call undefined (whatever the code) unless {@link #halt()} is set; with strict
 * builtin errors the error is raised.
 */
public class BuiltinException extends RuntimeException {

    /** The code of an operand of the wrong type. */
    public static final String TYPE_ERROR = "eval_type_error";
    /** The code of any other builtin failure. */
    public static final String BUILTIN_ERROR = "eval_builtin_error";

    private final String code;
    private final boolean halt;

    /** An error with {@code code} and a complete {@code message}. */
    public BuiltinException(String code, String message) {
        this(code, message, false, null);
    }

    /**
     * An error with {@code code} and a complete {@code message}.
     *
     * @param halt true when the error must stop evaluation even when builtin errors are not
     *     strict (e.g. a sandboxed builtin that a policy cannot work without)
     * @param cause the underlying exception, or null
     */
    public BuiltinException(String code, String message, boolean halt, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.halt = halt;
    }

    /** {@code eval_type_error} or {@code eval_builtin_error}. */
    public String code() {
        return code;
    }

    /** True when non-strict evaluation must still stop with this error. */
    public boolean halt() {
        return halt;
    }
}

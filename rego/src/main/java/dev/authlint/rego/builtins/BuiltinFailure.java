package dev.authlint.rego.builtins;

/**
 * Thrown by a builtin implementation: what went wrong, without the builtin's name (the
 * registry adds it). Becomes an {@code eval_builtin_error}; the subclass
 * {@link OperandTypeException} becomes an {@code eval_type_error}.
 */
public class BuiltinFailure extends RuntimeException {

    /** A failure described by {@code message}, e.g. {@code "divide by zero"}. */
    public BuiltinFailure(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public BuiltinFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The OPA error code this failure maps to. */
    public String code() {
        return BuiltinException.BUILTIN_ERROR;
    }
}

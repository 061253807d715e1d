package dev.authlint.rego.builtins;

/**
 * An operand of the wrong type, e.g. {@code "operand 1 must be string but got number"}; becomes
 * an {@code eval_type_error}.
 */
public class OperandTypeException extends BuiltinFailure {

    /** A type error described by {@code message} (without the builtin's name). */
    public OperandTypeException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return BuiltinException.TYPE_ERROR;
    }
}

package dev.authlint.rego;

import dev.authlint.rego.ast.Location;

import java.util.Objects;

/**
 * One error from parsing, compiling or evaluating Rego, with OPA's error code.
 *
 * <p>The text form is OPA's: {@code file:row: code: message}, or {@code row:col: code: message}
 * when the location has no file, or {@code code: message} without a location.
 *
 * @param code     OPA's stable snake_case code, e.g. {@link #PARSE_ERROR}
 * @param message  human-readable message in OPA's words; detail lines follow after {@code "\n\t"}
 * @param location where the error was found, or {@code null} when unknown
 */
public record RegoError(String code, String message, Location location) {

    /** Syntax errors and invalid annotations. */
    public static final String PARSE_ERROR = "rego_parse_error";
    /** Generic compile errors (imports, shadowing, undeclared vars, error limit). */
    public static final String COMPILE_ERROR = "rego_compile_error";
    /** Type-level compile errors (conflicting rules, undefined functions, arity, deprecated builtins). */
    public static final String TYPE_ERROR = "rego_type_error";
    /** A variable that no expression can bind. */
    public static final String UNSAFE_VAR_ERROR = "rego_unsafe_var_error";
    /** A cycle in the rule dependency graph. */
    public static final String RECURSION_ERROR = "rego_recursion_error";
    /** Two rule definitions produced different values for the same document or key. */
    public static final String EVAL_CONFLICT_ERROR = "eval_conflict_error";
    /** A builtin received an operand of the wrong type. */
    public static final String EVAL_TYPE_ERROR = "eval_type_error";
    /** A builtin failed for another reason. */
    public static final String EVAL_BUILTIN_ERROR = "eval_builtin_error";
    /** Evaluation was cancelled or timed out. */
    public static final String EVAL_CANCEL_ERROR = "eval_cancel_error";
    /** A {@code with} replacement could not be merged into the data document. */
    public static final String EVAL_WITH_MERGE_ERROR = "eval_with_merge_error";
    /** An unexpected engine failure. */
    public static final String EVAL_INTERNAL_ERROR = "eval_internal_error";

    public RegoError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Creates an error with a message built by {@link String#format}. */
    public static RegoError of(String code, Location location, String format, Object... args) {
        return new RegoError(code, args.length == 0 ? format : String.format(format, args), location);
    }

    @Override
    public String toString() {
        if (location == null) {
            return code + ": " + message;
        }
        String where = location.file() == null || location.file().isEmpty()
                ? location.row() + ":" + location.col()
                : location.file() + ":" + location.row();
        return where + ": " + code + ": " + message;
    }
}

package dev.authlint.rego;

import java.util.List;

/**
 * Thrown when Rego cannot be parsed, compiled or evaluated; holds every error found.
 *
 * <p>The message uses OPA's format: {@code "1 error occurred: <error>"} for one error, otherwise
 * {@code "N errors occurred:"} followed by one error per line.
 */
public class RegoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RegoError> errors;

    /** Creates an exception for the given errors (at least one). */
    public RegoException(List<RegoError> errors) {
        super(format(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a RegoException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Creates an exception for one error. */
    public RegoException(RegoError error) {
        this(List.of(error));
    }

    /** The errors, in the order they were found. */
    public List<RegoError> errors() {
        return errors;
    }

    /** The code of the first error, e.g. {@code rego_parse_error}. */
    public String code() {
        return errors.get(0).code();
    }

    private static String format(List<RegoError> errors) {
        if (errors.size() == 1) {
            return "1 error occurred: " + errors.get(0);
        }
        StringBuilder text = new StringBuilder().append(errors.size()).append(" errors occurred:");
        for (RegoError error : errors) {
            text.append('\n').append(error);
        }
        return text.toString();
    }
}

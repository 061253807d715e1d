package dev.authlint.rego.parser;

/** Internal signal that parsing cannot continue; the error has already been recorded. */
final class ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ParseException() {
        super(null, null, false, false);
    }
}

package dev.authlint.rego.lexer;

/**
 * One token.
 *
 * @param kind          what it is
 * @param text          identifier text, decoded string content, number text, or the symbol
 * @param row           1-based line
 * @param col           1-based column
 * @param offset        0-based offset in the source
 * @param end           offset just past the token
 * @param spaceBefore   true if whitespace or a comment separates it from the previous token
 * @param newlineBefore true if a line break separates it from the previous token
 */
public record Token(TokenKind kind, String text, int row, int col, int offset, int end,
                    boolean spaceBefore, boolean newlineBefore) {

    /** True for an identifier with the given text. */
    public boolean isIdent(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }

    /** How the token reads in an error message, as OPA prints it. */
    public String describe() {
        return switch (kind) {
            case EOF -> "eof";
            case IDENT -> "ident";
            case STRING -> "string";
            case NUMBER -> "number";
            case ILLEGAL -> "illegal token";
            default -> kind.symbol();
        };
    }
}

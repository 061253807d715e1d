package dev.authlint.rego.lexer;

/**
 * A {@code #} comment.
 *
 * @param text the text after {@code #}
 * @param row  1-based line
 * @param col  1-based column of {@code #}
 */
public record Comment(String text, int row, int col) {
}

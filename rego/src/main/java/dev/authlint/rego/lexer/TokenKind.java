package dev.authlint.rego.lexer;

/** Kinds of Rego tokens. Keywords are lexed as {@link #IDENT}: which words are keywords depends on the Rego version and imports, which the parser knows. */
public enum TokenKind {
    IDENT, STRING, NUMBER,
    LBRACE("{"), RBRACE("}"), LBRACK("["), RBRACK("]"), LPAREN("("), RPAREN(")"),
    DOT("."), COMMA(","), SEMICOLON(";"), COLON(":"),
    OR("|"), AND("&"),
    EQUAL("=="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="),
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    UNIFY("="), ASSIGN(":="),
    /** A character that starts no token; the parser reports it. */
    ILLEGAL,
    EOF;

    private final String symbol;

    TokenKind() {
        this.symbol = null;
    }

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The fixed text of a punctuation or operator token, or null. */
    public String symbol() {
        return symbol;
    }
}

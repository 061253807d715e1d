package dev.authlint.rego.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Rego source into tokens and comments.
 *
 * <p>The whole input is tokenized up front so the parser can look ahead and backtrack freely.
 * Malformed strings become {@link LexerError}s (reported by the parser with their position);
 * the lexer itself never throws on bad input.
 */
public final class Lexer {

    /** A malformed literal, with its position. */
    public record LexerError(String message, int row, int col) {
    }

    /** Everything the lexer produced. */
    public record Result(List<Token> tokens, List<Comment> comments, List<LexerError> errors) {
    }

    private final String src;
    private int pos;
    private int row = 1;
    private int lineStart;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<LexerError> errors = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    /** Tokenizes {@code source}; the token list always ends with EOF. */
    public static Result lex(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return new Result(List.copyOf(lexer.tokens), List.copyOf(lexer.comments), List.copyOf(lexer.errors));
    }

    private void run() {
        while (true) {
            boolean space = false;
            boolean newline = false;
            // Skip whitespace and comments, remembering whether a line ended: newlines separate
            // body expressions, and whitespace forbids ref continuation (`x [0]`).
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    space = true;
                    newline = true;
                    pos++;
                    row++;
                    lineStart = pos;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    space = true;
                    pos++;
                } else if (c == '#') {
                    int start = pos;
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                    String text = src.substring(start + 1, pos);
                    if (text.endsWith("\r")) {
                        text = text.substring(0, text.length() - 1);
                    }
                    comments.add(new Comment(text, row, start - lineStart + 1));
                    space = true;
                } else {
                    break;
                }
            }
            int startRow = row;
            int startCol = pos - lineStart + 1;
            int start = pos;
            if (pos >= src.length()) {
                tokens.add(new Token(TokenKind.EOF, "", startRow, startCol, pos, pos, space, newline));
                return;
            }
            char c = src.charAt(pos);
            TokenKind kind;
            String text;
            if (isIdentStart(c)) {
                while (pos < src.length() && isIdentPart(src.charAt(pos))) {
                    pos++;
                }
                kind = TokenKind.IDENT;
                text = src.substring(start, pos);
            } else if (c >= '0' && c <= '9') {
                kind = TokenKind.NUMBER;
                text = number();
            } else if (c == '"') {
                kind = TokenKind.STRING;
                text = string(startRow, startCol);
            } else if (c == '`') {
                kind = TokenKind.STRING;
                text = rawString(startRow, startCol);
            } else {
                kind = operator(c);
                text = kind == TokenKind.ILLEGAL ? String.valueOf(c) : kind.symbol();
                pos += kind == TokenKind.ILLEGAL ? 1 : text.length();
            }
            tokens.add(new Token(kind, text, startRow, startCol, start, pos, space, newline));
        }
    }

    private TokenKind operator(char c) {
        char next = pos + 1 < src.length() ? src.charAt(pos + 1) : '\0';
        return switch (c) {
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '[' -> TokenKind.LBRACK;
            case ']' -> TokenKind.RBRACK;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '.' -> TokenKind.DOT;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMICOLON;
            case ':' -> next == '=' ? TokenKind.ASSIGN : TokenKind.COLON;
            case '|' -> TokenKind.OR;
            case '&' -> TokenKind.AND;
            case '=' -> next == '=' ? TokenKind.EQUAL : TokenKind.UNIFY;
            case '!' -> next == '=' ? TokenKind.NEQ : TokenKind.ILLEGAL;
            case '<' -> next == '=' ? TokenKind.LTE : TokenKind.LT;
            case '>' -> next == '=' ? TokenKind.GTE : TokenKind.GT;
            case '+' -> TokenKind.ADD;
            case '-' -> TokenKind.SUB;
            case '*' -> TokenKind.MUL;
            case '/' -> TokenKind.QUO;
            case '%' -> TokenKind.REM;
            default -> TokenKind.ILLEGAL;
        };
    }

    private String number() {
        int start = pos;
        digits();
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                digits();
            } else {
                pos = save;
            }
        }
        return src.substring(start, pos);
    }

    private void digits() {
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
    }

    private String string(int startRow, int startCol) {
        StringBuilder out = new StringBuilder();
        pos++; // opening quote
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                errors.add(new LexerError("non-terminated string", startRow, startCol));
                return out.toString();
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= src.length()) {
                continue; // reported as non-terminated on the next iteration
            }
            char e = src.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> unicodeEscape(out, startRow, startCol);
                default -> errors.add(new LexerError("illegal escape sequence", row, pos - lineStart - 1));
            }
        }
    }

    private void unicodeEscape(StringBuilder out, int startRow, int startCol) {
        int unit = hex4();
        if (unit < 0) {
            errors.add(new LexerError("illegal escape sequence", row, pos - lineStart - 1));
            return;
        }
        if (Character.isHighSurrogate((char) unit)) {
            // A JSON surrogate pair is two escapes: \uD83D\uDE00.
            if (pos + 1 < src.length() && src.charAt(pos) == '\\' && src.charAt(pos + 1) == 'u') {
                int save = pos;
                pos += 2;
                int low = hex4();
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    out.append((char) unit).append((char) low);
                    return;
                }
                pos = save;
            }
            out.append('\uFFFD');
        } else if (Character.isLowSurrogate((char) unit)) {
            out.append('\uFFFD');
        } else {
            out.append((char) unit);
        }
    }

    private int hex4() {
        if (pos + 4 > src.length()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(src.charAt(pos + i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        pos += 4;
        return value;
    }

    private String rawString(int startRow, int startCol) {
        int start = ++pos;
        while (pos < src.length() && src.charAt(pos) != '`') {
            if (src.charAt(pos) == '\n') {
                row++;
                lineStart = pos + 1;
            }
            pos++;
        }
        if (pos >= src.length()) {
            errors.add(new LexerError("non-terminated raw string", startRow, startCol));
            return src.substring(start);
        }
        return src.substring(start, pos++);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 0x7f && Character.isLetter(c));
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || (c > 0x7f && Character.isDigit(c));
    }
}

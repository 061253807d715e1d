package dev.authlint.rego.ast;

/**
 * A position in a Rego source file.
 *
 * @param file the file name as given to the parser (may be empty for ad-hoc queries)
 * @param row  1-based line
 * @param col  1-based column, counted in code points
 */
public record Location(String file, int row, int col) {

    @Override
    public String toString() {
        return (file == null || file.isEmpty() ? "" : file + ":") + row + ":" + col;
    }
}

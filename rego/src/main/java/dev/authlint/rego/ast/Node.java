package dev.authlint.rego.ast;

/** Any AST element that knows where it came from. */
public interface Node {
    /** Where this node starts in the source. */
    Location location();
}

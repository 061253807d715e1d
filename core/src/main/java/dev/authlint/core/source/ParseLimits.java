package dev.authlint.core.source;

/**
 * Safety limits for parsing untrusted YAML and JSON.
 *
 * @param maxAliasesForCollections aliases to mappings/sequences allowed per document (billion laughs)
 * @param maxNestingDepth deepest nesting of mappings and sequences
 * @param maxCodePoints largest document in code points
 * @param maxExpandedNodes most values a document may have once aliases are expanded; aliases below
 *                         {@code maxAliasesForCollections} can still multiply, so this caps the product
 */
public record ParseLimits(int maxAliasesForCollections, int maxNestingDepth, int maxCodePoints,
                          long maxExpandedNodes) {

    /** Defaults: 50 aliases, depth 100, 8 Mi code points, 1 Mi expanded values. */
    public static ParseLimits defaults() {
        return new ParseLimits(50, 100, 8 << 20, 1L << 20);
    }

    public ParseLimits withMaxCodePoints(int codePoints) {
        return new ParseLimits(maxAliasesForCollections, maxNestingDepth, codePoints, maxExpandedNodes);
    }
}

/**
 * Tokenizes Rego source: identifiers (keywords are decided by the parser, because they depend on
 * the Rego version and imports), strings with JSON escapes, raw strings, JSON numbers, operators,
 * and {@code #} comments kept for METADATA blocks.
 */
package dev.authlint.rego.lexer;

/**
 * Recursive-descent parser for Rego v1 and v0 modules, queries and terms
 * ({@link dev.authlint.rego.parser.Parser}), including {@code # METADATA} annotation blocks. Errors
 * are {@code rego_parse_error}s in OPA's words, each with file, row and column.
 */
package dev.authlint.rego.parser;

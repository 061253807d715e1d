/**
 * The rule reference: one Markdown page per rule ({@code docs/rules/<ID>.md}, the SARIF {@code helpUri}
 * target) and an index, rendered from the rules' {@code # METADATA} so that documentation cannot drift from
 * the rules.
 */
package dev.authlint.core.docs;

/**
 * Immutable Rego values: the JSON types plus sets, with OPA's total order and exact numbers.
 *
 * <p>Every {@link dev.authlint.rego.value.Value} is immutable and comparable under OPA's order
 * (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set). Objects and sets keep
 * their members sorted by that order, so iteration, printing and JSON output are deterministic.
 * {@link dev.authlint.rego.value.Values} converts between values, plain Java objects and JSON.
 */
package dev.authlint.rego.value;

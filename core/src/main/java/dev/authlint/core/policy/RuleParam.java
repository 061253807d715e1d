package dev.authlint.core.policy;

/**
 * A parameter a rule declares under {@code custom.params} of its {@code # METADATA}; users set it under
 * {@code params:} in {@code .authlint.yaml} and policies read it as {@code data.authlint.params.<name>}.
 *
 * @param name the parameter name
 * @param defaultValue the documented default as a plain Java value (may be null)
 * @param description what it means, or null
 */
public record RuleParam(String name, Object defaultValue, String description) {
}

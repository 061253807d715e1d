package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Body;

import java.util.Map;

/**
 * A query ready for evaluation.
 *
 * @param body       the compiled, safety-ordered body
 * @param resultVars the vars whose bindings a result reports: compiled var name → the user's name
 *                   (generated names of {@code x := ...} map back to {@code x}; wildcards and
 *                   compiler temporaries are absent); iteration follows first appearance
 */
public record CompiledQuery(Body body, Map<String, String> resultVars) {

    public CompiledQuery {
        resultVars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resultVars));
    }
}

package dev.authlint.core.policy;

import java.util.List;

/**
 * The Rego engine as the runner uses it: convert an input once, then run many queries on it. Implementations
 * must be thread-safe; the runner evaluates documents in parallel.
 */
public interface PolicyEvaluator {

    /** An input converted to the engine's value model, reusable across queries. */
    interface Input {
    }

    /** Converts a plain-Java value (Map/List/String/Number/Boolean/null). */
    Input input(Object plainJava);

    /** Builds the repository input {@code {"documents": [...]}} from already converted envelopes. */
    Input repositoryInput(List<Input> documents);

    /**
     * Evaluates {@code query} (e.g. {@code data.authlint.rules.AA002.deny}) on {@code input}.
     *
     * @return the elements of the resulting set or array as plain Java values in the engine's deterministic
     *     order; empty when the query is undefined
     * @throws PolicyEvaluationException when evaluation fails (conflict, type error, timeout)
     */
    List<Object> results(String query, Input input);
}

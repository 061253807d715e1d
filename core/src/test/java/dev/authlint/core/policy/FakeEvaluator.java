package dev.authlint.core.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link PolicyEvaluator} for tests of the runner: each query is a Java function of the plain input. Lets
 * runner tests pin path resolution, scoping and result conversion independently of the Rego engine.
 */
public final class FakeEvaluator implements PolicyEvaluator {

    /** The plain value, unchanged. */
    public record JavaInput(Object value) implements Input {
    }

    private final Map<String, Function<Object, List<Object>>> queries = new HashMap<>();

    public FakeEvaluator on(String query, Function<Object, List<Object>> results) {
        queries.put(query, results);
        return this;
    }

    @Override
    public Input input(Object plainJava) {
        return new JavaInput(plainJava);
    }

    @Override
    public Input repositoryInput(List<Input> documents) {
        return new JavaInput(Map.of("documents", documents.stream().map(d -> ((JavaInput) d).value()).toList()));
    }

    @Override
    public List<Object> results(String query, Input input) {
        Function<Object, List<Object>> f = queries.get(query);
        return f == null ? List.of() : f.apply(((JavaInput) input).value());
    }
}

package dev.authlint.core.check;

import dev.authlint.core.policy.PolicyEvaluationException;
import dev.authlint.core.policy.PolicyEvaluator;
import dev.authlint.core.policy.PolicyException;
import dev.authlint.core.policy.PolicyModule;
import dev.authlint.core.policy.PolicyRuleReader;
import dev.authlint.rego.PreparedQuery;
import dev.authlint.rego.Rego;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Compiles policies with authlint's Rego engine. Bundled rules are Rego v1; with {@code --rego-v0} the custom
 * modules are compiled separately as v0 (one engine per syntax version), and each query goes to the engine
 * that holds its package.
 */
public final class RegoPolicyCompiler implements PolicyCompiler {

    @Override
    public PolicyEvaluator compile(List<PolicyModule> modules, Map<String, Object> data, boolean customRegoV0,
                                   Duration timeout) {
        Value base = Values.fromJava(data);
        if (!customRegoV0) {
            return new Evaluator(List.of(build(modules, RegoVersion.V1, base, timeout)), Map.of());
        }
        List<PolicyModule> bundled = modules.stream().filter(PolicyModule::bundled).toList();
        List<PolicyModule> custom = modules.stream().filter(m -> !m.bundled()).toList();
        Rego v1 = build(bundled, RegoVersion.V1, base, timeout);
        Rego v0 = build(custom, RegoVersion.V0, base, timeout);
        Map<String, Rego> byPackage = new HashMap<>();
        for (Module m : v0.modules()) {
            byPackage.put(PolicyRuleReader.packageOf(m), v0);
        }
        return new Evaluator(List.of(v1, v0), byPackage);
    }

    private static Rego build(List<PolicyModule> modules, RegoVersion version, Value data, Duration timeout) {
        Rego.Builder b = Rego.builder().regoVersion(version).data(data).strictBuiltinErrors(false)
                .timeout(timeout).builtins(BuiltinRegistry.standard());
        for (PolicyModule m : modules) {
            if (m.parsed() != null) {
                b.module(m.parsed());
            } else {
                b.module(m.name(), m.source());
            }
        }
        try {
            return b.build();
        } catch (RegoException e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }

    /** The engine value of an input. */
    private record RegoInput(Value value) implements PolicyEvaluator.Input {
    }

    private static final class Evaluator implements PolicyEvaluator {
        private final List<Rego> engines;
        private final Map<String, Rego> byPackage;
        private final Map<String, PreparedQuery> prepared = new ConcurrentHashMap<>();

        Evaluator(List<Rego> engines, Map<String, Rego> byPackage) {
            this.engines = engines;
            this.byPackage = byPackage;
        }

        @Override
        public Input input(Object plainJava) {
            return new RegoInput(Values.fromJava(plainJava));
        }

        @Override
        public Input repositoryInput(List<Input> documents) {
            List<Value> docs = new ArrayList<>(documents.size());
            documents.forEach(d -> docs.add(((RegoInput) d).value()));
            return new RegoInput(ObjectValue.builder().put("documents", ArrayValue.of(docs)).build());
        }

        @Override
        public List<Object> results(String query, Input input) {
            ResultSet rs;
            try {
                rs = prepared.computeIfAbsent(query, q -> engine(q).prepare(q)).eval(((RegoInput) input).value());
            } catch (RegoException e) {
                // OPA's "N errors occurred:" header adds nothing on a single line; keep each error's own text
                String text = e.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
                throw new PolicyEvaluationException(text.isEmpty() ? e.getMessage() : text, e);
            }
            if (rs.results().isEmpty() || rs.results().get(0).expressions().isEmpty()) {
                return List.of();
            }
            Value v = rs.results().get(0).expressions().get(0);
            List<Object> out = new ArrayList<>();
            if (v instanceof SetValue s) {
                s.elements().forEach(e -> out.add(Values.toJava(e)));
            } else if (v instanceof ArrayValue a) {
                a.elements().forEach(e -> out.add(Values.toJava(e)));
            } else {
                out.add(Values.toJava(v)); // a complete rule: one result (conftest allows deny = "msg")
            }
            return out;
        }

        /** {@code data.<package>.<rule>} goes to the engine that compiled the package. */
        private Rego engine(String query) {
            String path = query.substring("data.".length(), query.lastIndexOf('.'));
            return byPackage.getOrDefault(path, engines.get(0));
        }
    }
}

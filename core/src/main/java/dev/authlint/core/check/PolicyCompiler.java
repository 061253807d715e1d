package dev.authlint.core.check;

import dev.authlint.core.policy.PolicyEvaluator;
import dev.authlint.core.policy.PolicyModule;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Compiles policy modules into an evaluator; {@link RegoPolicyCompiler} uses authlint's Rego engine. */
@FunctionalInterface
public interface PolicyCompiler {

    /**
     * @param modules every module to compile (bundled ones are Rego v1)
     * @param data the base {@code data} document (data files plus {@code authlint.params})
     * @param customRegoV0 parse the custom (non-bundled) modules with Rego v0 syntax
     * @param timeout the limit for one evaluation
     * @throws dev.authlint.core.policy.PolicyException with {@code file:line} for compile errors
     */
    PolicyEvaluator compile(List<PolicyModule> modules, Map<String, Object> data, boolean customRegoV0,
                            Duration timeout);
}

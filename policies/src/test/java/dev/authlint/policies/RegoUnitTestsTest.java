package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.authlint.rego.Rego;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.Value;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code test_*} rules of the bundled rules' {@code _test.rego} files with OPA's semantics: a test
 * passes when it evaluates to {@code true}; undefined or any other value fails.
 */
class RegoUnitTestsTest {

    @TestFactory
    Stream<DynamicTest> everyRegoTest() {
        Rego.Builder builder = Rego.builder();
        for (String group : List.of("lib", "aws-auth", "rbac", "iam", "cross")) {
            builder.modulesFrom(Fixtures.moduleDir().resolve(group));
        }
        Rego rego = builder.build();
        List<Rule> tests = rego.rules().stream().filter(r -> r.head().name().startsWith("test_"))
                .filter(r -> r.head().args().isEmpty()).toList();
        assertFalse(tests.isEmpty(), "no test_ rules found");
        Map<String, Path> queries = new LinkedHashMap<>();
        tests.forEach(r -> queries.putIfAbsent(r.pkg().path() + "." + r.head().name(), Path.of(r.location().file())));
        return queries.entrySet().stream().map(e -> {
            String query = e.getKey();
            return DynamicTest.dynamicTest(query, e.getValue().toUri(), () -> {
                ResultSet rs = rego.prepare(query).eval(null);
                Value value = rs.isEmpty() ? null : rs.results().get(0).expressions().get(0);
                assertEquals(BooleanValue.TRUE, value, query + " did not evaluate to true");
            });
        });
    }
}

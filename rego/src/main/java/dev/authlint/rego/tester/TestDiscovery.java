package dev.authlint.rego.tester;

import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleKind;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.value.StringValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tests in compiled modules, as {@code opa test} does (OPA {@code v1/tester/runner.go}): a rule is
 * a test if a string segment of the ground prefix of its head ref starts with {@code test_}; with
 * {@code todo_test_} it is a skipped test. Functions are never tests.
 *
 * <p>Unlike OPA, which renames repeated definitions of one test ({@code test_x#01}), definitions sharing a
 * path are one test here, located at the first definition: the engine evaluates rule paths, not single
 * definitions, so they pass or fail together.
 */
public final class TestDiscovery {

    private static final String TEST_PREFIX = "test_";
    private static final String TODO_PREFIX = "todo_test_";

    private TestDiscovery() {
    }

    /** The tests of {@code modules}, by file name then line. */
    public static List<TestCase> discover(List<Module> modules) {
        Map<String, TestCase> byName = new LinkedHashMap<>();
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        for (Module module : sorted) {
            for (Rule rule : module.rules()) {
                if (rule.kind() == RuleKind.FUNCTION) {
                    continue;
                }
                boolean todo = false;
                boolean test = false;
                for (Term element : rule.head().refAsPath()) {
                    String segment = segment(element);
                    if (segment == null) {
                        break; // only the ground prefix of the head ref counts
                    }
                    todo |= segment.startsWith(TODO_PREFIX);
                    test |= segment.startsWith(TEST_PREFIX);
                }
                if (test || todo) {
                    String name = rule.path().groundPrefix().toString();
                    int row = rule.location() == null ? 0 : rule.location().row();
                    byName.putIfAbsent(name, new TestCase(name, module.file(), row, todo));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static String segment(Term term) {
        return term instanceof Scalar s && s.value() instanceof StringValue str ? str.value() : null;
    }
}

package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.policy.PolicyRule;
import dev.authlint.core.policy.PolicySet;
import dev.authlint.policies.Fixtures.Case;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The catalog is complete: every rule of issue #5 ships, documented, with unit tests and fixtures. */
class RuleCatalogTest {

    private static final List<String> IDS = Stream.of(
            range("AA", 1, 14), range("RB", 1, 17), range("IAM", 1, 8), range("X", 1, 6))
            .flatMap(List::stream).toList();

    private static final PolicySet BUNDLED = PolicySet.load(true, List.of(), List.of(), false, false);

    @Test
    void everyRuleIsBundledExactlyOnce() {
        List<String> bundled = BUNDLED.rules().stream().map(PolicyRule::id).sorted().toList();
        assertEquals(new TreeSet<>(IDS), new TreeSet<>(bundled));
        assertEquals(IDS.size(), bundled.size(), "duplicate rule ids");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsDocumentedTestedAndHasFixtures() {
        Map<String, List<Case>> cases = Fixtures.all().stream().collect(Collectors.groupingBy(Case::ruleId));
        return BUNDLED.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            var info = rule.info();
            assertTrue(!info.title().isBlank() && !info.description().isBlank() && !info.remediation().isBlank(),
                    "title, description and remediation");
            assertTrue(!info.references().isEmpty(), "at least one reference");
            assertTrue(info.name().matches("[a-z0-9-]+"), "kebab-case name: " + info.name());
            String source = "authlint/policies/";
            assertTrue(info.source().startsWith(source), info.source());
            var module = Fixtures.moduleDir().resolve(info.source().substring(source.length()));
            assertTrue(Files.exists(module.resolveSibling(rule.id() + "_test.rego")), "unit tests beside the rule");
            List<Case> mine = cases.getOrDefault(rule.id(), List.of());
            assertTrue(mine.stream().filter(Case::fail).count() >= 2, "at least two fail fixtures");
            assertTrue(mine.stream().filter(c -> !c.fail()).count() >= 2, "at least two pass fixtures");
        }));
    }

    @Test
    void fixturesBelongToKnownRules() {
        Set<String> unknown = Fixtures.all().stream().map(Case::ruleId).filter(id -> !IDS.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
    }

    private static List<String> range(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + String.format("%03d", i)).toList();
    }
}

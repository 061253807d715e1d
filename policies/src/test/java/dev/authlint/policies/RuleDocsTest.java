package dev.authlint.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.docs.RuleDocs;
import dev.authlint.core.policy.PolicySet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed {@code docs/rules/} pages must be what {@code authlint rules --docs docs/rules} writes today. */
class RuleDocsTest {

    private static final String REGENERATE = "regenerate with: ./authlint rules --docs docs/rules";

    @Test
    void committedPagesAreCurrent() throws IOException {
        Path docs = Fixtures.moduleDir().getParent().resolve("docs").resolve("rules");
        Map<String, String> pages = RuleDocs.render(PolicySet.load(true, List.of(), List.of(), false, false));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path committed = docs.resolve(page.getKey());
            assertTrue(Files.exists(committed), () -> committed + " is missing; " + REGENERATE);
            assertEquals(page.getValue(), Files.readString(committed), () -> committed + " is stale; " + REGENERATE);
        }
        Set<String> extra = Fixtures.list(docs).stream().map(p -> p.getFileName().toString())
                .filter(n -> !pages.containsKey(n)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), extra, "pages of rules that no longer exist");
    }
}

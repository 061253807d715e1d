package dev.authlint.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.policy.BuiltinRules;
import dev.authlint.core.policy.PolicyModule;
import dev.authlint.core.policy.PolicyRule;
import dev.authlint.core.policy.PolicyRuleReader;
import dev.authlint.core.policy.PolicySet;
import dev.authlint.rego.RegoVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleDocsRenderTest {

    private static final PolicyModule MODULE = new PolicyModule("authlint/policies/rbac/RB099.rego", """
            # METADATA
            # title: Example rule
            # description: Finds examples.
            # custom:
            #   id: RB099
            #   severity: medium
            #   input: rbac
            #   params:
            #     limit: {default: 3, description: "How many | at most"}
            package authlint.rules.RB099

            import rego.v1

            deny contains 1 if false
            """, true);

    private static Map<String, String> render() {
        PolicyRule rule = PolicyRuleReader.read(MODULE, RegoVersion.V1).orElseThrow();
        return RuleDocs.render(new PolicySet(List.of(MODULE), List.of(rule)));
    }

    @Test
    void everyBuiltinRuleHasAPageFromItsJavaDefinition() {
        Map<String, String> pages = render();
        for (RuleInfo builtin : BuiltinRules.ALL) {
            String page = pages.get(builtin.id() + ".md");
            assertTrue(page != null, "no page for " + builtin.id());
            assertTrue(page.contains("# " + builtin.id() + ": " + builtin.title() + "\n"), page);
            assertTrue(page.contains(builtin.remediation()), page);
            assertTrue(page.contains("built into authlint"), page);
            assertTrue(pages.get(RuleDocs.INDEX).contains("[" + builtin.id() + "](" + builtin.id() + ".md)"));
        }
    }

    @Test
    void regoRulePagesCarryScopeAndParameterDescriptions() {
        String page = render().get("RB099.md");
        assertTrue(page.startsWith("<!-- Generated from policies/rbac/RB099.rego"), page);
        assertTrue(page.contains("| Scope | document"), page);
        assertTrue(page.contains("| `limit` | `3` | How many \\| at most |"), page);
    }

    @Test
    void pagesAreInRuleIdOrderWithTheIndexLast() {
        List<String> names = List.copyOf(render().keySet());
        assertEquals(List.of("AL001.md", "AL002.md", "IO001.md", "IO002.md", "IO003.md", "IO004.md", "IO005.md",
                "RB099.md", RuleDocs.INDEX), names);
    }
}

package dev.authlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @Test
    void listsBuiltInAndCustomRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.rego"), """
                # METADATA
                # title: Team label required
                # custom:
                #   id: ORG009
                #   severity: medium
                #   input: rbac
                #   remediation: Add the label.
                #   params:
                #     teamLabel: {default: team, description: the label key}
                package authlint.custom.org009
                deny contains "x" if false
                """);
        Cli.Run table = Cli.run("rules", "--policy", dir.toString());
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().matches("(?s)ID +SEVERITY +INPUT +TITLE.*"), table.out());
        assertTrue(table.out().matches("(?s).*AL001 +low +authlint +Suppression comment gives no reason.*"), table.out());
        assertTrue(table.out().matches("(?s).*ORG009 +medium +rbac +Team label required.*"), table.out());
        assertTrue(table.out().contains("IO001"));

        Cli.Run one = Cli.run("rules", "ORG009", "--policy", dir.toString());
        assertEquals(0, one.code());
        assertTrue(one.out().contains("How to fix:\n  Add the label."), one.out());
        assertTrue(one.out().contains("teamLabel (default: \"team\")"), one.out());
        assertTrue(one.out().contains("Severity:  medium\n"), one.out());
        assertTrue(one.out().contains("ORG009: medium reports every ORG009 finding as medium, also those the rule\n"
                + "  itself reports at another severity"), one.out());
        Path config = Files.writeString(dir.resolve("authlint.yaml"), "rules:\n  ORG009: low\n");
        Cli.Run overridden = Cli.run("rules", "ORG009", "--policy", dir.toString(), "--config", config.toString());
        assertTrue(overridden.out().contains("Severity:  low (set in " + config + "; the rule's default is medium)"),
                overridden.out());
        Cli.Run builtin = Cli.run("rules", "al002");
        assertTrue(builtin.out().startsWith("AL002  Suppression comment matches no finding"), builtin.out());
        assertTrue(builtin.out().contains("built into authlint"));
    }

    @Test
    void docsWritesOnePagePerRegoRuleAndAnIndex(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("rules", "--docs", dir.resolve("rules").toString());
        assertEquals(0, r.code(), r.toString());
        String page = Files.readString(dir.resolve("rules").resolve("AA002.md"));
        assertTrue(page.contains("# AA002: aws-auth grants system:masters"), page);
        assertTrue(page.contains("| `breakGlassArns` | `[]` |"), page);
        String index = Files.readString(dir.resolve("rules").resolve("README.md"));
        assertTrue(index.contains("| [X006](X006.md) | critical | cross |"), index);
        assertTrue(r.out().startsWith("Wrote "), r.out());
    }

    @Test
    void unknownRuleIsUsageError() {
        Cli.Run r = Cli.run("rules", "NOPE42");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("NOPE42"), r.toString());
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        Cli.Run r = Cli.run("completion");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, Math.min(300, r.out().length())));
        assertTrue(r.out().contains("--fail-on"));
        assertTrue(r.out().contains("baseline"));
    }
}

package dev.authlint.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.rego.RegoVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRuleReaderTest {

    @Test
    void readsPackageMetadataAndEntrypoints() {
        PolicyRule r = PolicyRuleReader.read(new PolicyModule("authlint/policies/rbac/RB001.rego", """
                # METADATA
                # title: Wildcard in an RBAC rule
                # description: |
                #   A `*` grants everything.
                # related_resources:
                #   - ref: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
                # custom:
                #   id: RB001
                #   severity: high
                #   input: rbac
                #   remediation: List the verbs.
                #   references: [https://example.com/rbac]
                #   related: [KSV044, CKV_K8S_49]
                package authlint.rules.RB001

                import rego.v1

                deny contains finding if {
                	false
                }

                deny_extra contains "x" if false
                helper := 1
                """, true), RegoVersion.V1).orElseThrow();
        RuleInfo i = r.info();
        assertEquals("RB001", i.id());
        assertEquals("Wildcard in an RBAC rule", i.title());
        assertEquals("wildcard-in-an-rbac-rule", i.name());
        assertEquals("A `*` grants everything.", i.description());
        assertEquals(Severity.HIGH, i.severity());
        assertEquals("rbac", i.input());
        assertEquals("List the verbs.", i.remediation());
        assertEquals(List.of("https://example.com/rbac", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"),
                i.references());
        assertEquals(List.of("KSV044", "CKV_K8S_49"), i.related());
        assertEquals("authlint/policies/rbac/RB001.rego", i.source());
        assertEquals(RuleScope.DOCUMENT, r.scope());
        assertEquals("rbac", r.inputSection());
        assertEquals(List.of("deny", "deny_extra"), r.entrypoints());
        assertEquals("data.authlint.rules.RB001.deny", r.query("deny"));
    }

    @Test
    void scopesAndSections() {
        PolicyRule aws = read("# METADATA\n# custom:\n#   id: AA001\n#   input: aws-auth\n"
                + "package authlint.rules.AA001\ndeny contains 1 if false\n");
        assertEquals("awsAuth", aws.inputSection());
        PolicyRule cross = read("# METADATA\n# custom:\n#   id: X001\n#   input: cross\n"
                + "package authlint.rules.X001\ndeny contains 1 if false\n");
        assertEquals(RuleScope.REPOSITORY, cross.scope());
        PolicyRule repo = read("# METADATA\n# custom:\n#   id: AA008\n#   input: aws-auth\n#   scope: repository\n"
                + "package authlint.rules.AA008\ndeny contains 1 if false\n");
        assertEquals(RuleScope.REPOSITORY, repo.scope());
        PolicyRule conftest = PolicyRuleReader.read(new PolicyModule("c.rego",
                "package kubernetes.admission\nviolation[msg] { msg := 1 }\n", false), RegoVersion.V0).orElseThrow();
        assertEquals(RuleScope.RAW_DOCUMENT, conftest.scope());
        assertEquals("kubernetes.admission", conftest.id());
        assertNull(conftest.inputSection());
    }

    @Test
    void modulesWithoutResultRulesAreNotRules() {
        assertTrue(PolicyRuleReader.read(new PolicyModule("l.rego",
                "package authlint.lib.x\ndenied := 1\n# deny contains 1 if true\n", false), RegoVersion.V1)
                .isEmpty());
    }

    @Test
    void badMetadataIsAPolicyErrorWithLine() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(
                "package p\n\n# METADATA\n# custom: [unclosed\ndeny contains x if { x := 1 }\n"));
        assertTrue(e.getMessage().contains("t.rego:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("yaml"), e.getMessage());
        PolicyException sev = assertThrows(PolicyException.class, () -> read(
                "# METADATA\n# custom:\n#   severity: urgent\npackage authlint.rules.Z\ndeny contains 1 if false\n"));
        assertTrue(sev.getMessage().startsWith("t.rego:1: custom.severity"), sev.getMessage());
        assertTrue(sev.getMessage().contains("urgent"), sev.getMessage());
        PolicyException syntax = assertThrows(PolicyException.class, () -> read("package p\ndeny[x] { x := 1 }\n"));
        assertTrue(syntax.getMessage().contains("t.rego:2"), syntax.getMessage());
    }

    @Test
    void loadsCustomFoldersSortedWithoutTests(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.rego"), "package b\n");
        Files.writeString(dir.resolve("a.rego"), "package a\n");
        Files.writeString(dir.resolve("a_test.rego"), "package a\n");
        Files.writeString(dir.resolve("notes.md"), "x");
        List<PolicyModule> ms = PolicyLoader.custom(List.of(dir));
        assertEquals(List.of("a.rego", "b.rego"), ms.stream()
                .map(m -> Path.of(m.name()).getFileName().toString()).toList());
        assertThrows(PolicyException.class, () -> PolicyLoader.custom(List.of(dir.resolve("missing"))));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThrows(PolicyException.class, () -> PolicyLoader.custom(List.of(empty)));
    }

    @Test
    void namespaceSelectionLikeConftest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.rego"), "package main\ndeny[m] { m := 1 }\n");
        Files.writeString(dir.resolve("team.rego"), "package team\ndeny[m] { m := 1 }\n");
        Files.writeString(dir.resolve("custom.rego"),
                "# METADATA\n# custom:\n#   id: ORG001\npackage authlint.custom.org\ndeny contains 1 if false\n");
        assertEquals(List.of("ORG001", "main"), ids(PolicySet.load(false, List.of(dir), List.of(), false, true)));
        assertEquals(List.of("ORG001", "team"), ids(PolicySet.load(false, List.of(dir), List.of("team"), false, true)));
        assertEquals(List.of("ORG001", "main", "team"), ids(PolicySet.load(false, List.of(dir), List.of(), true, true)));
        Files.writeString(dir.resolve("dup.rego"),
                "# METADATA\n# custom:\n#   id: ORG001\npackage authlint.custom.dup\ndeny contains 1 if false\n");
        assertTrue(assertThrows(PolicyException.class, () -> PolicySet.load(false, List.of(dir), List.of(), false, true))
                .getMessage().contains("ORG001"));
    }

    private static List<String> ids(PolicySet s) {
        return s.rules().stream().map(PolicyRule::id).toList();
    }

    private static PolicyRule read(String src) {
        return PolicyRuleReader.read(new PolicyModule("t.rego", src, false), RegoVersion.V1).orElseThrow();
    }
}

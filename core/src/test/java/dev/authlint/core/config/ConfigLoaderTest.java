package dev.authlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Path BASE = Path.of("/repo");

    @Test
    void readsEveryKey() {
        AuthlintConfig c = ConfigLoader.parse(".authlint.yaml", BASE, """
                failOn: medium
                include: ["clusters/**"]
                exclude: vendor/**
                policies: [policy]
                data: [policy/data.yaml]
                rules:
                  RB014: off
                  AA007: {severity: low}
                  RB001: critical
                  IAM008: {enabled: false, severity: info}
                params:
                  breakGlassArns: ["arn:aws:iam::111122223333:role/break-glass"]
                  maxThings: 3
                """);
        assertEquals(Severity.MEDIUM, c.failOn());
        assertEquals(List.of("clusters/**"), c.include());
        assertEquals(List.of("vendor/**"), c.exclude());
        assertEquals(List.of(BASE.resolve("policy")), c.policies());
        assertEquals(List.of(BASE.resolve("policy/data.yaml")), c.data());
        assertFalse(c.rules().get("RB014").enabled());
        assertEquals(Severity.LOW, c.rules().get("AA007").severity());
        assertTrue(c.rules().get("AA007").enabled());
        assertEquals(Severity.CRITICAL, c.rules().get("RB001").severity());
        assertFalse(c.rules().get("IAM008").enabled());
        assertEquals(9, c.rules().get("RB001").line());
        assertEquals(List.of("arn:aws:iam::111122223333:role/break-glass"), c.params().get("breakGlassArns"));
        assertEquals(3L, c.params().get("maxThings"));
        assertEquals(Map.of("breakGlassArns", 12, "maxThings", 13), c.paramLines());
    }

    @Test
    void failOnNever() {
        AuthlintConfig c = ConfigLoader.parse("c", BASE, "failOn: never\n");
        assertTrue(c.failNever());
        assertNull(c.failOn());
    }

    @Test
    void emptyFileIsDefaults() {
        AuthlintConfig c = ConfigLoader.parse("c", BASE, "# nothing yet\n");
        assertEquals(AuthlintConfig.DEFAULTS.rules(), c.rules());
        assertNull(c.failOn());
    }

    @Test
    void unknownTopLevelKeyNamesKeyAndLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(".authlint.yaml", BASE, "failOn: high\nfail_on: low\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(".authlint.yaml:2: unknown key 'fail_on'"), e.getMessage());
    }

    @Test
    void badSeverityNamesKeyAndLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "rules:\n  RB001:\n    severity: severe\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'rules.RB001.severity'"), e.getMessage());
        assertTrue(e.getMessage().contains("severe"), e.getMessage());
    }

    @Test
    void timeout() {
        assertEquals(java.time.Duration.ofMillis(500), ConfigLoader.parse("c", BASE, "timeout: 500ms\n").timeout());
        assertNull(ConfigLoader.parse("c", BASE, "failOn: high\n").timeout());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "failOn: high\ntimeout: 10\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("c.yaml:2: bad value '10' for 'timeout'"), e.getMessage());
        assertTrue(e.getMessage().contains("10s"), e.getMessage());
    }

    @Test
    void badFailOn() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "\nfailOn: sometimes\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("never"), e.getMessage());
    }

    @Test
    void unknownRuleSubKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "rules:\n  RB001: {enable: false}\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("rules.RB001.enable"), e.getMessage());
    }

    @Test
    void wrongTypes() {
        assertEquals(2, assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c", BASE, "rules: {}\ninclude: {a: b}\n")).line());
        assertEquals(1, assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c", BASE, "- a\n- b\n")).line());
        assertEquals(1, assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c", BASE, "params: [a]\n")).line());
        assertEquals(2, assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c", BASE, "rules:\n  RB001: {enabled: maybe}\n")).line());
    }

    @Test
    void yamlSyntaxErrorHasLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "failOn: high\nrules:\n  RB001: [off\n"));
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void duplicateKeysAreErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("c.yaml", BASE, "failOn: high\nfailOn: low\n"));
        assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
    }

    @Test
    void findsConfigInAncestors(@TempDir Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertTrue(ConfigLoader.find(nested).isEmpty() || !ConfigLoader.find(nested).get().startsWith(dir));
        Files.writeString(dir.resolve(".authlint.yaml"), "failOn: low\n");
        assertEquals(dir.resolve(".authlint.yaml").toAbsolutePath(), ConfigLoader.find(nested).orElseThrow());
        Path file = Files.writeString(nested.resolve("x.yaml"), "a: 1\n");
        assertEquals(dir.resolve(".authlint.yaml").toAbsolutePath(), ConfigLoader.find(file).orElseThrow());
        AuthlintConfig c = ConfigLoader.load(dir.resolve(".authlint.yaml"));
        assertEquals(Severity.LOW, c.failOn());
        assertEquals(dir.resolve(".authlint.yaml"), c.source());
    }
}

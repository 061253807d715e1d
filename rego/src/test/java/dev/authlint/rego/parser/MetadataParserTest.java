package dev.authlint.rego.parser;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Module;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataParserTest {

    private static RegoError error(String src) {
        RegoException e = assertThrows(RegoException.class, () -> Parser.parseModule("m.rego", src));
        return e.errors().get(0);
    }

    @Test
    void blocksAttachToTheNextStatementWithDefaultScopes() {
        Module m = Parser.parseModule("m.rego", """
                # METADATA
                # title: Package title
                # authors:
                # - Jane Doe <jane@example.com>
                # - name: Bob
                package a.b

                # a plain comment is not metadata
                # METADATA
                # title: Deny rule
                # description: >-
                #   Denies things.
                # related_resources:
                # - https://example.com/a
                # - ref: https://example.com/b
                #   description: B
                # custom:
                #   id: AA001
                #   severity: high
                #   since: 2024-01-02
                deny contains "x" if true

                # METADATA
                # entrypoint: true
                allow := true
                """);
        assertEquals(3, m.annotations().size());
        Annotations pkg = m.annotations().get(0);
        assertEquals(Annotations.SCOPE_PACKAGE, pkg.scope());
        assertEquals(List.of(new Annotations.Author("Jane Doe", "jane@example.com"), new Annotations.Author("Bob", null)),
                pkg.authors());
        Annotations deny = m.rules().get(0).annotations().get(0);
        assertEquals(Annotations.SCOPE_RULE, deny.scope());
        assertEquals("Deny rule", deny.title());
        assertEquals("Denies things.", deny.description());
        assertEquals(2, deny.relatedResources().size());
        assertNull(deny.relatedResources().get(0).description());
        assertEquals("B", deny.relatedResources().get(1).description());
        assertEquals(Map.of("id", "AA001", "severity", "high", "since", "2024-01-02T00:00:00Z"), deny.custom());
        assertEquals(9, deny.location().row());
        Annotations allow = m.rules().get(1).annotations().get(0);
        assertEquals(Annotations.SCOPE_DOCUMENT, allow.scope());
        assertTrue(allow.entrypoint());
    }

    @Test
    void literalBlockScalarsKeepTheirFinalLineBreak() {
        Module m = Parser.parseModule("m.rego", """
                package a

                # METADATA
                # description: |
                #   First line.
                #   Second line.
                # title: T
                p := 1

                # METADATA
                # description: |
                #   Last key in the block.
                q := 1
                """);
        assertEquals("First line.\nSecond line.\n", m.rules().get(0).annotations().get(0).description());
        assertEquals("Last key in the block.\n", m.rules().get(1).annotations().get(0).description());
    }

    @Test
    void scopeErrorsFollowOpa() {
        assertEquals("annotation scope 'rule' must be applied to rule (have package)", error("""
                # METADATA
                # scope: rule
                package a
                """).message());
        assertEquals("annotation scope 'package' must be applied to package (have rule)", error("""
                package a
                # METADATA
                # scope: package
                p := 1
                """).message());
        assertEquals("invalid annotation scope 'import'", error("""
                package a
                # METADATA
                # title: x
                import data.b
                """).message());
        assertEquals("invalid annotation scope 'everything'", error("""
                package a
                # METADATA
                # scope: everything
                p := 1
                """).message());
        assertEquals("annotation entrypoint applied to non-document or package scope 'rule'", error("""
                package a
                # METADATA
                # scope: rule
                # entrypoint: true
                p := 1
                """).message());
        RegoError yaml = error("""
                package a
                # METADATA
                # title: [unclosed
                p := 1
                """);
        assertEquals(RegoError.PARSE_ERROR, yaml.code());
        assertTrue(yaml.message().startsWith("yaml: line"), yaml.message());
        assertEquals(2, yaml.location().row());
    }
}

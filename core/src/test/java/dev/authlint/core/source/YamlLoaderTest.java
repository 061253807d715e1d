package dev.authlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader(ParseLimits.defaults());

    private Map<?, ?> single(String text) {
        ParseResult r = loader.load(text);
        assertNull(r.problem(), () -> String.valueOf(r.problem()));
        assertEquals(1, r.documents().size());
        return (Map<?, ?>) r.documents().get(0).value();
    }

    @Test
    void scalarsResolveAsYaml11() {
        Map<?, ?> m = single("a: yes\nb: off\nc: 0755\nd: 0x1F\ne: 1_000\nf: 1.5\ng: ~\nh: 2001-12-14\n"
                + "i: '0755'\nj: 123456789012345678901234567890\nk: .inf\nl: -0b101\n");
        assertEquals(true, m.get("a"));
        assertEquals(false, m.get("b"));
        assertEquals(493L, m.get("c"));
        assertEquals(31L, m.get("d"));
        assertEquals(1000L, m.get("e"));
        assertEquals(1.5, m.get("f"));
        assertNull(m.get("g"));
        assertTrue(m.containsKey("g"));
        assertEquals("2001-12-14", m.get("h"));
        assertEquals("0755", m.get("i"));
        assertEquals(new BigInteger("123456789012345678901234567890"), m.get("j"));
        assertEquals(".inf", m.get("k"));
        assertEquals(-5L, m.get("l"));
    }

    @Test
    void nonStringKeysBecomeTheirText() {
        Map<?, ?> m = single("1: one\ntrue: yes\n");
        assertEquals(List.of("1", "true"), List.copyOf(m.keySet()));
    }

    @Test
    void mergeKeysAndAliases() {
        Map<?, ?> m = single("base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  y: 3\nsame: *b\n");
        assertEquals(Map.of("x", 1L, "y", 3L), m.get("child"));
        assertSame(m.get("base"), m.get("same"));
    }

    @Test
    void cloudFormationTagsReadAsLongForm() {
        Map<?, ?> m = single("a: !Ref Bucket\nb: !GetAtt Role.Arn\nc: !Sub 'x-${A}'\nd: !Join [',', [a, b]]\n"
                + "e: !GetAtt [Role, Arn]\nf: !Equals [!Ref A, b]\ng: !Foo {x: 1}\nh: !!str 12\n");
        assertEquals(Map.of("Ref", "Bucket"), m.get("a"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Role", "Arn")), m.get("b"));
        assertEquals(Map.of("Fn::Sub", "x-${A}"), m.get("c"));
        assertEquals(Map.of("Fn::Join", List.of(",", List.of("a", "b"))), m.get("d"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Role", "Arn")), m.get("e"));
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "A"), "b")), m.get("f"));
        assertEquals(Map.of("!Foo", Map.of("x", 1L)), m.get("g"));
        assertEquals("12", m.get("h"));
    }

    @Test
    void globalTagsNeverInstantiateAnything() {
        Map<?, ?> m = single("a: !!python/object:os.system [ls]\nb: !!java.io.File {path: /}\n");
        assertEquals(List.of("ls"), m.get("a"));
        assertEquals(Map.of("path", "/"), m.get("b"));
    }

    @Test
    void aliasLimitAppliesToEachDocumentNotTheWholeFile() {
        String doc = "---\nbase: &b {x: 1}\nu: *b\nv: *b\n";
        ParseResult r = loader.load(doc.repeat(100));
        assertNull(r.problem(), () -> String.valueOf(r.problem()));
        assertEquals(100, r.documents().size());
        StringBuilder tooMany = new StringBuilder("base: &b {x: 1}\n");
        for (int i = 0; i < 51; i++) {
            tooMany.append("u").append(i).append(": *b\n");
        }
        assertEquals(ParseProblem.Kind.LIMIT, loader.load(doc + "---\n" + tooMany).problem().kind());
    }

    @Test
    void expansionIsAlsoCappedOverAllDocumentsOfAFile() {
        YamlLoader small = new YamlLoader(new ParseLimits(50, 100, 1 << 20, 1000));
        String doc = "---\nl0: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nl1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "l2: [*b, *b, *b, *b, *b]\n"; // about 700 values once expanded
        assertNull(small.load(doc).problem());
        ParseResult r = small.load(doc.repeat(10));
        assertEquals(ParseProblem.Kind.LIMIT, r.problem().kind());
        assertTrue(r.problem().message().contains("in the file"), r.problem().message());
        assertEquals(5, r.documents().size());
    }

    @Test
    void recursiveAliasIsALimitNotAHang() {
        ParseResult r = loader.load("a: &a [1, *a]\n");
        assertEquals(ParseProblem.Kind.LIMIT, r.problem().kind());
        assertTrue(r.problem().message().contains("recursive"), r.problem().message());
    }

    @Test
    void documentsBeforeASyntaxErrorAreKept() {
        ParseResult r = loader.load("a: 1\n---\nb: 2\n---\nc: [\n");
        assertEquals(2, r.documents().size());
        assertEquals(ParseProblem.Kind.SYNTAX, r.problem().kind());
        assertEquals(6, r.problem().span().line());
    }

    @Test
    void positionsOfKeysAndValues() {
        ParseResult r = loader.load("# comment\nmetadata:\n  name: x\nitems:\n  - a\n  -   b\n");
        PositionNode root = r.documents().get(0).positions();
        assertEquals(Span.at(3, 3).line(), root.field("metadata").field("name").keySpan().line());
        assertEquals(9, root.field("metadata").field("name").span().column());
        assertEquals(new Span(6, 7, 6, 8), root.field("items").item(1).span());
        assertEquals(2, root.resolve(List.of("metadata")).line(), "a mapping resolves to its key");
        assertEquals(2, root.resolve(List.of("metadata", "missing", 3)).line(), "a missing field to its parent key");
    }
}

package dev.authlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLoaderTest {

    private final JsonLoader loader = new JsonLoader(ParseLimits.defaults());

    @Test
    void valuesAndPositions() {
        ParseResult r = loader.load("{\n  \"a\": [1, 2.5, true, null, \"s\"],\n  \"big\": 123456789012345678901234567890\n}\n");
        assertNull(r.problem());
        Map<?, ?> m = (Map<?, ?>) r.documents().get(0).value();
        assertEquals(java.util.Arrays.asList(1L, 2.5, true, null, "s"), m.get("a"));
        assertEquals(new BigInteger("123456789012345678901234567890"), m.get("big"));
        PositionNode p = r.documents().get(0).positions();
        assertEquals(new Span(2, 23, 2, 27), p.field("a").item(3).span());
        assertEquals(Span.at(2, 3).line(), p.field("a").keySpan().line());
        assertEquals(3, p.field("a").keySpan().column());
    }

    @Test
    void severalTopLevelValuesAreSeveralDocuments() {
        ParseResult r = loader.load("{\"a\": 1}\n{\"b\": 2}\n[3]\n");
        assertNull(r.problem());
        assertEquals(3, r.documents().size());
        assertEquals(List.of(3L), r.documents().get(2).value());
        assertEquals(2, r.documents().get(2).index());
    }

    @Test
    void syntaxErrorHasPositionAndNoSourceDump() {
        ParseResult r = loader.load("{\n  \"a\": 1,\n}\n");
        assertEquals(ParseProblem.Kind.SYNTAX, r.problem().kind());
        assertEquals(3, r.problem().span().line());
        assertTrue(!r.problem().message().contains("[Source"), r.problem().message());
    }

    @Test
    void depthLimit() {
        ParseResult r = loader.load("[".repeat(500) + "]".repeat(500));
        assertEquals(ParseProblem.Kind.LIMIT, r.problem().kind());
        assertTrue(r.problem().message().contains("nesting deeper than 100"), r.problem().message());
    }
}

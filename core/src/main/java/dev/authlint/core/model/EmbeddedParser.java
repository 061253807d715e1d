package dev.authlint.core.model;

import dev.authlint.core.source.EmbeddedText;
import dev.authlint.core.source.JsonLoader;
import dev.authlint.core.source.LineIndex;
import dev.authlint.core.source.ParseProblem;
import dev.authlint.core.source.ParseResult;
import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import dev.authlint.core.source.YamlLoader;

/**
 * Parses YAML or JSON written inside a string value of the outer file (aws-auth {@code mapRoles}, a Terraform
 * {@code policy} string) and maps every position back to the outer file.
 */
final class EmbeddedParser {

    /**
     * The first document of the string (value null when empty), or the problem that stopped the parser (its
     * span in the outer file) and the problem's 1-based line inside the string.
     */
    record Outcome(Located value, ParseProblem problem, int problemLineInString) {
    }

    private final LineIndex outer;
    private final YamlLoader yaml;
    private final JsonLoader json;

    EmbeddedParser(LineIndex outer, YamlLoader yaml, JsonLoader json) {
        this.outer = outer;
        this.yaml = yaml;
        this.json = json;
    }

    /** Parses {@code text}, written at {@code written} in the outer file, as YAML (JSON being mostly YAML). */
    Outcome parseYaml(String text, Located written) {
        return outcome(yaml.load(text), text, written);
    }

    /** Parses {@code text} as strict JSON. */
    Outcome parseJson(String text, Located written) {
        return outcome(json.load(text), text, written);
    }

    private Outcome outcome(ParseResult result, String text, Located written) {
        Span at = written.span();
        if (at == null) {
            at = Span.at(1, 1);
        }
        EmbeddedText map = EmbeddedText.align(outer, at, text);
        LineIndex inner = result.lines();
        if (result.problem() != null) {
            ParseProblem p = result.problem();
            return new Outcome(Located.MISSING, new ParseProblem(p.kind(), p.message(), map.map(p.span(), inner)),
                    p.span().line());
        }
        if (result.documents().isEmpty()) {
            return new Outcome(new Located(null, PositionNode.leaf(at)), null, 0);
        }
        var first = result.documents().get(0);
        PositionNode positions = first.positions().remap(s -> map.map(s, inner));
        return new Outcome(new Located(first.value(), positions), null, 0);
    }
}

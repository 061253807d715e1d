package dev.authlint.core.source;

import java.util.List;

/**
 * What a loader read from one text: the documents before the first problem, and that problem (or null). A
 * syntax error ends the stream: YAML parsers cannot resynchronise reliably, so later documents are not read.
 */
public record ParseResult(List<ParsedDocument> documents, ParseProblem problem, LineIndex lines) {

    public ParseResult {
        documents = List.copyOf(documents);
    }
}

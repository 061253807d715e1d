package dev.authlint.core.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON through Jackson's streaming parser into the same plain values and {@link PositionNode}s as
 * {@link YamlLoader}. Several top-level values in one text are read as consecutive documents. Nesting depth and
 * string length are capped by Jackson's {@link StreamReadConstraints}.
 */
public final class JsonLoader {

    private final ParseLimits limits;
    private final JsonFactory factory;

    public JsonLoader(ParseLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(Math.max(1, limits.maxCodePoints()))
                        .build())
                .build();
    }

    /** Loads every top-level value of {@code text}; never throws for bad input. */
    public ParseResult load(String text) {
        LineIndex lines = LineIndex.json(text);
        List<ParsedDocument> documents = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int index = documents.size();
                Read built = read(parser, token);
                documents.add(new ParsedDocument(index, built.value(), built.positions()));
            }
            return new ParseResult(documents, null, lines);
        } catch (StreamConstraintsException e) {
            return new ParseResult(documents, problem(ParseProblem.Kind.LIMIT, limitMessage(e), e), lines);
        } catch (JsonProcessingException e) {
            return new ParseResult(documents, problem(ParseProblem.Kind.SYNTAX, e.getOriginalMessage(), e), lines);
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O; keep the message if it somehow does.
            return new ParseResult(documents, new ParseProblem(ParseProblem.Kind.SYNTAX,
                    String.valueOf(e.getMessage()), Span.at(1, 1)), lines);
        }
    }

    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("depth")) {
            return "nesting deeper than " + limits.maxNestingDepth() + " levels";
        }
        return m;
    }

    private static ParseProblem problem(ParseProblem.Kind kind, String message, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Span span = at == null ? Span.at(1, 1) : Span.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        String text = message == null ? "invalid JSON" : message.replace("\n", " ");
        if (e instanceof JsonParseException && text.contains(" at [Source")) {
            text = text.substring(0, text.indexOf(" at [Source"));
        }
        return new ParseProblem(kind, text, span);
    }

    private record Read(Object value, PositionNode positions) {
    }

    /** Reads the value starting at the current token. */
    private static Read read(JsonParser parser, JsonToken token) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> values = new LinkedHashMap<>();
                Map<String, PositionNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    Span keySpan = new Span(keyAt.getLineNr(), keyAt.getColumnNr(), keyAt.getLineNr(),
                            keyAt.getColumnNr() + key.length() + 2);
                    Read child = read(parser, parser.nextToken());
                    values.put(key, child.value());
                    fields.put(key, child.positions().withKeySpan(keySpan));
                }
                return new Read(values, PositionNode.mapping(spanTo(start, parser), fields));
            }
            case START_ARRAY -> {
                List<Object> values = new ArrayList<>();
                List<PositionNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    Read child = read(parser, next);
                    values.add(child.value());
                    items.add(child.positions());
                }
                return new Read(values, PositionNode.sequence(spanTo(start, parser), items));
            }
            case VALUE_STRING -> {
                return new Read(parser.getText(), PositionNode.leaf(spanTo(start, parser)));
            }
            case VALUE_NUMBER_INT -> {
                Object v = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
                return new Read(v, PositionNode.leaf(spanTo(start, parser)));
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Read(parser.getDoubleValue(), PositionNode.leaf(spanTo(start, parser)));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Read(token == JsonToken.VALUE_TRUE, PositionNode.leaf(spanTo(start, parser)));
            }
            case VALUE_NULL -> {
                return new Read(null, PositionNode.leaf(spanTo(start, parser)));
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static Span spanTo(JsonLocation start, JsonParser parser) {
        JsonLocation end = parser.currentLocation();
        return new Span(start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
    }
}

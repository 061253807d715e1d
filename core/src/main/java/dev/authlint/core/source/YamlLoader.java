package dev.authlint.core.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads multi-document YAML 1.1 (as Kubernetes does) through SnakeYAML's node API into plain Java values with
 * a {@link PositionNode} for every key and value.
 *
 * <p>Values: mappings become {@code LinkedHashMap<String,Object>} (non-string keys by their text), sequences
 * {@code ArrayList}, scalars String, Boolean, Long/BigInteger, Double or null; timestamps and binary stay
 * strings. Merge keys ({@code <<}) are applied. CloudFormation short-form tags become their long form
 * ({@code !Ref x} → {@code {"Ref": x}}, {@code !GetAtt a.b} → {@code {"Fn::GetAtt": ["a", "b"]}}); any other
 * local tag {@code !Foo v} becomes {@code {"!Foo": v}}.
 *
 * <p>Safety: SnakeYAML's alias, nesting and code-point limits, plus a cap on the number of values once aliases
 * are expanded and a check for recursive aliases, all reported as {@link ParseProblem.Kind#LIMIT}.
 */
public final class YamlLoader {

    private static final String YAML_TAG_PREFIX = Tag.PREFIX;
    private static final Map<String, String> CLOUDFORMATION_TAGS = cloudFormationTags();
    private static final Pattern INT_DIGITS = Pattern.compile("[-+]?(0b[01]+|0x[0-9a-fA-F]+|0[0-7]+|0|[1-9][0-9]*)");

    /** A file may hold this many times a document's limit of expanded values, over all its documents. */
    private static final long FILE_EXPANSION_FACTOR = 4;

    private final ParseLimits limits;

    public YamlLoader(ParseLimits limits) {
        this.limits = limits;
    }

    /** Loads every document of {@code text}; never throws for bad input. */
    public ParseResult load(String text) {
        LineIndex lines = LineIndex.yaml(text);
        List<ParsedDocument> documents = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliasesForCollections());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit(limits.maxCodePoints());
        options.setAllowRecursiveKeys(false);
        // Values are only ever plain data here (no class is instantiated), so any global tag is harmless; without
        // this SnakeYAML refuses e.g. "!!python/object" and the whole file would become a parse error.
        options.setTagInspector(tag -> true);
        Parser parser = new ParserImpl(new StreamReader(text), options);
        // SnakeYAML counts aliases per composer, i.e. per stream; a composer per document makes the limit apply
        // to each document, so that a long file of documents that each use a few anchors is not refused.
        TrackingComposer composer = new TrackingComposer(parser, options);
        int index = 0;
        long fileValues = 0;
        try {
            while (composer.checkNode()) {
                Node root = composer.getNode();
                Builder builder = new Builder(limits.maxExpandedNodes());
                Built built = builder.build(root);
                // Aliases share values in memory, but whoever walks them (a policy engine) sees every copy.
                fileValues += built.size;
                if (fileValues > FILE_EXPANSION_FACTOR * limits.maxExpandedNodes()) {
                    throw new LimitExceeded("more than " + FILE_EXPANSION_FACTOR * limits.maxExpandedNodes()
                            + " values in the file once aliases are expanded", span(root));
                }
                documents.add(new ParsedDocument(index++, built.value, built.positions));
                composer = new TrackingComposer(parser, options);
            }
            return new ParseResult(documents, null, lines);
        } catch (MarkedYAMLException e) {
            return new ParseResult(documents, syntaxProblem(e), lines);
        } catch (LimitExceeded e) {
            return new ParseResult(documents, new ParseProblem(ParseProblem.Kind.LIMIT, e.getMessage(), e.span), lines);
        } catch (YAMLException e) {
            return new ParseResult(documents, limitOrSyntax(e, composer.lastMark), lines);
        } catch (StackOverflowError e) {
            // Only reachable with a nesting limit set far above the default; report it rather than crash.
            return new ParseResult(documents, new ParseProblem(ParseProblem.Kind.LIMIT,
                    "document nested too deeply to read", toSpan(composer.lastMark)), lines);
        }
    }

    private static ParseProblem syntaxProblem(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
        if (e.getContext() != null) {
            String where = e.getContextMark() != null ? " started at line " + (e.getContextMark().getLine() + 1) : "";
            problem = problem + " (" + e.getContext() + where + ")";
        }
        // A raw tab in a message would be invisible in most outputs.
        return new ParseProblem(ParseProblem.Kind.SYNTAX, problem.replace("\t", "\\t"), toSpan(mark));
    }

    private ParseProblem limitOrSyntax(YAMLException e, Mark near) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("aliases")) {
            return new ParseProblem(ParseProblem.Kind.LIMIT, "too many aliases to mappings or sequences (more than "
                    + limits.maxAliasesForCollections() + "); a 'billion laughs' document is refused", toSpan(near));
        }
        if (lower.contains("nesting depth")) {
            return new ParseProblem(ParseProblem.Kind.LIMIT, "nesting deeper than " + limits.maxNestingDepth()
                    + " levels", toSpan(near));
        }
        if (lower.contains("code points") || lower.contains("exceeds the limit")) {
            return new ParseProblem(ParseProblem.Kind.LIMIT, "document larger than " + limits.maxCodePoints()
                    + " characters", toSpan(near));
        }
        if (lower.contains("recursive")) {
            return new ParseProblem(ParseProblem.Kind.LIMIT, "recursive alias", toSpan(near));
        }
        return new ParseProblem(ParseProblem.Kind.SYNTAX, msg, toSpan(near));
    }

    private static Span toSpan(Mark mark) {
        return mark == null ? Span.at(1, 1) : Span.at(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Span span(Node node) {
        Mark s = node.getStartMark();
        Mark e = node.getEndMark();
        if (s == null) {
            return Span.at(1, 1);
        }
        if (e == null) {
            return Span.at(s.getLine() + 1, s.getColumn() + 1);
        }
        return new Span(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
    }

    /** Remembers the start of the last node it began composing, to place limit errors that carry no mark. */
    private static final class TrackingComposer extends Composer {
        Mark lastMark;

        TrackingComposer(Parser parser, LoaderOptions options) {
            super(parser, new Resolver(), options);
        }

        @Override
        protected Node composeMappingNode(String anchor) {
            lastMark = parser.peekEvent().getStartMark();
            return super.composeMappingNode(anchor);
        }

        @Override
        protected Node composeSequenceNode(String anchor) {
            lastMark = parser.peekEvent().getStartMark();
            return super.composeSequenceNode(anchor);
        }
    }

    private record Built(Object value, PositionNode positions, long size) {
    }

    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Span span;

        LimitExceeded(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    /** Turns one document's node graph into values; aliases share the value built for their anchor. */
    private static final class Builder {
        private static final Built IN_PROGRESS = new Built(null, null, 0);
        private final long maxExpanded;
        private final Map<Node, Built> anchored = new IdentityHashMap<>();
        private long expanded;

        Builder(long maxExpanded) {
            this.maxExpanded = maxExpanded;
        }

        Built build(Node node) {
            if (node.getAnchor() == null) {
                return construct(node);
            }
            Built done = anchored.get(node);
            if (done == IN_PROGRESS) {
                throw new LimitExceeded("recursive alias '" + node.getAnchor() + "' (a value that contains itself)",
                        span(node));
            }
            if (done != null) {
                count(done.size, node);
                return done;
            }
            anchored.put(node, IN_PROGRESS);
            Built built = construct(node);
            anchored.put(node, built);
            return built;
        }

        private void count(long n, Node node) {
            expanded += n;
            if (expanded > maxExpanded) {
                throw new LimitExceeded("more than " + maxExpanded
                        + " values once aliases are expanded; a 'billion laughs' document is refused", span(node));
            }
        }

        private Built construct(Node node) {
            long before = expanded;
            Object value;
            PositionNode positions;
            Span span = span(node);
            if (node instanceof MappingNode mapping) {
                Map<String, Object> values = new LinkedHashMap<>();
                Map<String, PositionNode> fields = new LinkedHashMap<>();
                List<Built> merges = null;
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    if (Tag.MERGE.equals(keyNode.getTag())) {
                        merges = merges == null ? new ArrayList<>() : merges;
                        collectMerges(build(tuple.getValueNode()), merges);
                        continue;
                    }
                    String key = keyText(keyNode);
                    Built child = build(tuple.getValueNode());
                    values.put(key, child.value);
                    fields.put(key, child.positions.withKeySpan(span(keyNode)));
                }
                if (merges != null) {
                    for (Built merge : merges) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> source = (Map<String, Object>) merge.value;
                        for (Map.Entry<String, Object> e : source.entrySet()) {
                            if (!values.containsKey(e.getKey())) {
                                values.put(e.getKey(), e.getValue());
                                PositionNode p = merge.positions.field(e.getKey());
                                fields.put(e.getKey(), p != null ? p : merge.positions);
                            }
                        }
                    }
                }
                value = values;
                positions = PositionNode.mapping(span, fields);
            } else if (node instanceof SequenceNode sequence) {
                List<Object> values = new ArrayList<>(sequence.getValue().size());
                List<PositionNode> items = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    Built child = build(item);
                    values.add(child.value);
                    items.add(child.positions);
                }
                value = values;
                positions = PositionNode.sequence(span, items);
            } else {
                value = scalar((ScalarNode) node);
                positions = PositionNode.leaf(span);
            }
            count(1, node);
            String tag = node.getTag().getValue();
            if (!tag.startsWith(YAML_TAG_PREFIX) && tag.startsWith("!")) {
                return wrapTagged(tag, node, value, positions, span, expanded - before);
            }
            return new Built(value, positions, expanded - before);
        }

        private static void collectMerges(Built merged, List<Built> into) {
            if (merged.value instanceof Map) {
                into.add(merged);
            } else if (merged.value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map) {
                        into.add(new Built(list.get(i), merged.positions.item(i), 0));
                    }
                }
            }
        }

        private static Built wrapTagged(String tag, Node node, Object value, PositionNode positions, Span span,
                                        long size) {
            String longForm = CLOUDFORMATION_TAGS.get(tag);
            Object wrapped = value;
            PositionNode wrappedPositions = positions;
            if ("!GetAtt".equals(tag) && value instanceof String s) {
                int dot = s.indexOf('.');
                List<Object> parts = new ArrayList<>();
                parts.add(dot < 0 ? s : s.substring(0, dot));
                if (dot >= 0) {
                    parts.add(s.substring(dot + 1));
                }
                wrapped = parts;
                wrappedPositions = PositionNode.sequence(span,
                        new ArrayList<>(Collections.nCopies(parts.size(), positions)));
            }
            String key = longForm != null ? longForm : tag;
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(key, wrapped);
            Map<String, PositionNode> fields = new LinkedHashMap<>();
            fields.put(key, wrappedPositions.withKeySpan(span));
            return new Built(map, PositionNode.mapping(span, fields), size + 1);
        }

        private String keyText(Node keyNode) {
            if (keyNode instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            return String.valueOf(build(keyNode).value);
        }
    }

    /** The value of a plain scalar under YAML 1.1 resolution (what the resolver tagged it as). */
    static Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (tag == Tag.STR || Tag.STR.equals(tag)) {
            return text;
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "on" -> Boolean.TRUE;
                case "false", "no", "n", "off" -> Boolean.FALSE;
                default -> text;
            };
        }
        if (Tag.INT.equals(tag)) {
            return parseInt(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return parseFloat(text);
        }
        return text;
    }

    private static Object parseInt(String text) {
        String s = text.replace("_", "");
        if (!INT_DIGITS.matcher(s).matches()) {
            return text; // sexagesimal and other rarities stay as written
        }
        boolean negative = s.startsWith("-");
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int radix = 10;
        if (digits.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        BigInteger value = new BigInteger(digits, radix);
        if (negative) {
            value = value.negate();
        }
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object parseFloat(String text) {
        String s = text.replace("_", "").toLowerCase(Locale.ROOT);
        if (s.endsWith(".inf") || s.endsWith(".nan")) {
            return text; // not representable in JSON; keep what the author wrote
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Map<String, String> cloudFormationTags() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("!Ref", "Ref");
        m.put("!Condition", "Condition");
        for (String fn : List.of("Sub", "GetAtt", "Join", "If", "Select", "Split", "FindInMap", "Base64", "Cidr",
                "ImportValue", "GetAZs", "Equals", "And", "Or", "Not", "Transform", "Length", "ToJsonString")) {
            m.put("!" + fn, "Fn::" + fn);
        }
        return Map.copyOf(m);
    }
}

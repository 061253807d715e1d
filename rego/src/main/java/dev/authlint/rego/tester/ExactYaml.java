package dev.authlint.rego.tester;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML (conformance cases, test data files, inputs) into plain Java values without the losses of snakeyaml's default constructor:
 * integers become {@link BigInteger} and decimals {@link BigDecimal} from their literal text (so big numbers
 * stay exact), and date-like scalars stay strings (Rego documents are JSON; YAML timestamps have no place in them).
 */
public final class ExactYaml {

    private ExactYaml() {
    }

    /** The first document of the stream as Maps (insertion-ordered), Lists, numbers, strings, booleans, null. */
    public static Object load(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new NoTimestampResolver());
        for (Node node : yaml.composeAll(reader)) {
            if (node != null) {
                return convert(node);
            }
        }
        return null;
    }

    private static Object convert(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                map.put(convert(tuple.getKeyNode()), convert(tuple.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                list.add(convert(item));
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    private static Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "y" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
        if (Tag.INT.equals(tag)) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return decimal(text);
        }
        return text;
    }

    private static Object integer(String literal) {
        String text = literal.replace("_", "");
        try {
            int sign = 1;
            if (text.startsWith("-") || text.startsWith("+")) {
                sign = text.startsWith("-") ? -1 : 1;
                text = text.substring(1);
            }
            BigInteger magnitude;
            if (text.startsWith("0x")) {
                magnitude = new BigInteger(text.substring(2), 16);
            } else if (text.startsWith("0b")) {
                magnitude = new BigInteger(text.substring(2), 2);
            } else if (text.startsWith("0o")) {
                magnitude = new BigInteger(text.substring(2), 8);
            } else if (text.length() > 1 && text.startsWith("0") && text.chars().allMatch(Character::isDigit)) {
                magnitude = new BigInteger(text, 8); // YAML 1.1 octal, as snakeyaml reads it
            } else {
                magnitude = new BigInteger(text);
            }
            return sign < 0 ? magnitude.negate() : magnitude;
        } catch (NumberFormatException e) {
            return literal; // sexagesimal and other YAML 1.1 oddities: keep the text rather than guess
        }
    }

    private static Object decimal(String literal) {
        String text = literal.replace("_", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return literal; // .inf / .nan have no JSON form; keep the text
        }
    }

    /** snakeyaml's resolver minus implicit timestamps. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}

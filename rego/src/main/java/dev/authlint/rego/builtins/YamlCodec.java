package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML for {@code yaml.marshal} / {@code yaml.unmarshal}, following sigs.k8s.io/yaml (which OPA
 * uses): YAML goes through JSON, so mapping keys become strings and timestamps stay strings.
 */
final class YamlCodec {

    private YamlCodec() {
    }

    /** Constructs timestamps as their text, as Go's YAML-to-JSON conversion does. */
    private static final class JsonCompatibleConstructor extends SafeConstructor {
        JsonCompatibleConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
            this.yamlConstructors.put(Tag.BINARY, yamlConstructors.get(Tag.STR));
        }
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(100);
        options.setCodePointLimit(64 * 1024 * 1024);
        return new Yaml(new JsonCompatibleConstructor(options));
    }

    /**
     * Parses YAML text: every document must be well formed; the value is the first document's
     * ({@code null} when there is none), as with Go's yaml.Unmarshal.
     */
    static Value parse(String text) {
        try {
            Value first = null;
            for (Object doc : loader().loadAll(text)) {
                Value v = toValue(doc);
                if (first == null) {
                    first = v;
                }
            }
            return first == null ? NullValue.INSTANCE : first;
        } catch (YAMLException e) {
            throw new BuiltinFailure(e.getMessage().replace('\n', ' '), e);
        }
    }

    private static Value toValue(Object o) {
        if (o == null) {
            return NullValue.INSTANCE;
        } else if (o instanceof Map<?, ?> m) {
            ObjectValue.Builder b = ObjectValue.builder();
            m.forEach((k, v) -> b.put(StringValue.of(keyText(k)), toValue(v)));
            return b.build();
        } else if (o instanceof List<?> l) {
            List<Value> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(toValue(e)));
            return ArrayValue.of(out);
        } else if (o instanceof java.util.Set<?> s) {
            // A YAML !!set is a mapping to nulls; as JSON it is an object.
            ObjectValue.Builder b = ObjectValue.builder();
            s.forEach(k -> b.put(StringValue.of(keyText(k)), NullValue.INSTANCE));
            return b.build();
        } else if (o instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new BuiltinFailure("json: unsupported value: " + d);
            }
            return NumberValue.of(new BigDecimal(Double.toString(d)));
        } else if (o instanceof byte[] bytes) {
            return StringValue.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return Values.fromJava(o);
    }

    private static String keyText(Object k) {
        if (k == null) {
            return "null";
        }
        if (k instanceof String s) {
            return s;
        }
        return Values.jsonKey(toValue(k));
    }

    /** YAML text in block style, as Go's yaml.v2 writes it (sequences not indented under keys). */
    static String dump(Value v) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        Representer representer = new Representer(options);
        Yaml yaml = new Yaml(representer, options);
        Object plain = toPlain(v);
        return yaml.dump(plain);
    }

    private static Object toPlain(Value v) {
        if (v instanceof ObjectValue o) {
            Map<String, Object> out = new LinkedHashMap<>();
            java.util.TreeMap<String, Value> sorted = new java.util.TreeMap<>();
            o.entries().forEach(e -> sorted.put(Values.jsonKey(e.getKey()), e.getValue()));
            sorted.forEach((k, e) -> out.put(k, toPlain(e)));
            return out;
        } else if (v instanceof ArrayValue || v instanceof SetValue) {
            List<Object> out = new ArrayList<>();
            Iterable<Value> it = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
            it.forEach(e -> out.add(toPlain(e)));
            return out;
        } else if (v instanceof NumberValue n) {
            if (n.isLong()) {
                return n.longValueExact();
            }
            return n.isInteger() ? (Object) n.toBigIntegerExact() : (Object) n.doubleValue();
        } else if (v instanceof BooleanValue b) {
            return b.value();
        } else if (v instanceof StringValue s) {
            return s.value();
        }
        return null;
    }
}

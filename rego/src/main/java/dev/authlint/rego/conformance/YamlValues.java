package dev.authlint.rego.conformance;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts YAML values (as read by {@link ExactYaml}) to Rego values, optionally decoding regorus's
 * encodings: {@code {set!: [...]}} is a set, {@code {object!: [{key: k, value: v}, ...]}} an object with
 * non-string keys. ({@code "#undefined"} is handled by the caller, where "undefined" has a meaning.)
 */
final class YamlValues {

    private YamlValues() {
    }

    /** Plain conversion: maps to objects (keys converted too), lists to arrays. */
    static Value plain(Object yaml) {
        return convert(yaml, false);
    }

    /** Conversion that understands regorus's {@code set!} and {@code object!} forms. */
    static Value regorus(Object yaml) {
        return convert(yaml, true);
    }

    private static Value convert(Object yaml, boolean regorus) {
        if (yaml == null) {
            return NullValue.INSTANCE;
        }
        if (yaml instanceof Boolean b) {
            return BooleanValue.of(b);
        }
        if (yaml instanceof String s) {
            return StringValue.of(s);
        }
        if (yaml instanceof BigInteger i) {
            return NumberValue.of(new BigDecimal(i));
        }
        if (yaml instanceof BigDecimal d) {
            return NumberValue.of(d);
        }
        if (yaml instanceof Number n) {
            return NumberValue.parse(n.toString());
        }
        if (yaml instanceof List<?> list) {
            List<Value> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(convert(item, regorus));
            }
            return ArrayValue.of(items);
        }
        if (yaml instanceof Map<?, ?> map) {
            if (regorus && map.size() == 1 && map.get("set!") instanceof List<?> members) {
                List<Value> items = new ArrayList<>(members.size());
                for (Object item : members) {
                    items.add(convert(item, true));
                }
                return SetValue.of(items);
            }
            if (regorus && map.size() == 1 && map.get("object!") instanceof List<?> entries) {
                ObjectValue.Builder builder = ObjectValue.builder();
                for (Object entry : entries) {
                    if (!(entry instanceof Map<?, ?> kv)) {
                        throw new IllegalArgumentException("object! entry is not a {key, value} mapping: " + entry);
                    }
                    builder.put(convert(kv.get("key"), true), convert(kv.get("value"), true));
                }
                return builder.build();
            }
            ObjectValue.Builder builder = ObjectValue.builder();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                builder.put(convert(entry.getKey(), regorus), convert(entry.getValue(), regorus));
            }
            return builder.build();
        }
        throw new IllegalArgumentException("unsupported YAML value of type " + yaml.getClass().getSimpleName());
    }
}

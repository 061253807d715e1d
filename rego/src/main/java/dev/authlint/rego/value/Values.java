package dev.authlint.rego.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between {@link Value}s, plain Java objects and JSON text. */
public final class Values {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(100_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    // Jackson's own default; deeper documents are rejected instead of overflowing the stack.
                    .maxNestingDepth(1_000)
                    .build())
            .build();

    private Values() {
    }

    /**
     * Converts a plain Java object: {@link Map} (any keys) → object, {@link java.util.Set} → set,
     * other {@link Collection}s and arrays → array, {@link CharSequence} → string,
     * {@link Number} → number, {@link Boolean} → boolean, null → null; a {@link Value} is
     * returned unchanged.
     *
     * @throws IllegalArgumentException for other types and non-finite numbers
     */
    public static Value fromJava(Object o) {
        if (o == null) {
            return NullValue.INSTANCE;
        } else if (o instanceof Value v) {
            return v;
        } else if (o instanceof CharSequence s) {
            return StringValue.of(s.toString());
        } else if (o instanceof Boolean b) {
            return BooleanValue.of(b);
        } else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return NumberValue.of(((Number) o).longValue());
        } else if (o instanceof BigInteger i) {
            return NumberValue.of(i);
        } else if (o instanceof BigDecimal d) {
            return NumberValue.of(d);
        } else if (o instanceof Number n) {
            return NumberValue.of(n.doubleValue());
        } else if (o instanceof Map<?, ?> m) {
            ObjectValue.Builder b = ObjectValue.builder();
            m.forEach((k, v) -> b.put(fromJava(k), fromJava(v)));
            return b.build();
        } else if (o instanceof java.util.Set<?> s) {
            SetValue.Builder b = SetValue.builder();
            s.forEach(e -> b.add(fromJava(e)));
            return b.build();
        } else if (o instanceof Collection<?> c) {
            List<Value> list = new ArrayList<>(c.size());
            c.forEach(e -> list.add(fromJava(e)));
            return ArrayValue.of(list);
        } else if (o instanceof Object[] a) {
            List<Value> list = new ArrayList<>(a.length);
            for (Object e : a) {
                list.add(fromJava(e));
            }
            return ArrayValue.of(list);
        }
        throw new IllegalArgumentException("cannot convert " + o.getClass().getName() + " to a Rego value");
    }

    /**
     * Converts to plain Java, as OPA's JSON output: objects → {@link LinkedHashMap} with string
     * keys in sorted order (non-string keys become their JSON text), arrays and sets → lists
     * (sets sorted), numbers → {@link Long} when they fit, else {@link BigInteger} or
     * {@link BigDecimal}.
     */
    public static Object toJava(Value v) {
        if (v instanceof NullValue) {
            return null;
        } else if (v instanceof BooleanValue b) {
            return b.value();
        } else if (v instanceof NumberValue n) {
            if (n.isLong()) {
                return n.longValueExact();
            }
            return n.isInteger() ? n.toBigIntegerExact() : n.toBigDecimal();
        } else if (v instanceof StringValue s) {
            return s.value();
        } else if (v instanceof ArrayValue a) {
            List<Object> out = new ArrayList<>(a.size());
            a.elements().forEach(e -> out.add(toJava(e)));
            return out;
        } else if (v instanceof SetValue s) {
            List<Object> out = new ArrayList<>(s.size());
            s.elements().forEach(e -> out.add(toJava(e)));
            return out;
        } else {
            ObjectValue o = (ObjectValue) v;
            TreeMap<String, Object> sorted = new TreeMap<>(ValueOrder::compareCodePoints);
            for (Map.Entry<Value, Value> e : o.entries()) {
                sorted.put(jsonKey(e.getKey()), toJava(e.getValue()));
            }
            return new LinkedHashMap<>(sorted);
        }
    }

    /**
     * Parses JSON text. Numbers stay exact at any size; of duplicate keys the last one wins.
     *
     * @throws IllegalArgumentException when {@code json} is not one well-formed JSON value
     */
    public static Value fromJson(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("unexpected end of JSON input");
            }
            Value v = read(p, first);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("invalid character after top-level value at "
                        + p.currentLocation().getLineNr() + ":" + p.currentLocation().getColumnNr());
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code json} is one well-formed JSON value. */
    public static boolean isValidJson(String json) {
        try {
            fromJson(json);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads the value starting at the current token {@code t} of {@code p}. */
    public static Value read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectValue.Builder b = ObjectValue.builder();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    StringValue key = StringValue.of(p.currentName());
                    b.put(key, read(p, p.nextToken()));
                }
                return b.build();
            }
            case START_ARRAY: {
                List<Value> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(read(p, e));
                }
                return ArrayValue.of(list);
            }
            case VALUE_STRING:
                return StringValue.of(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NumberValue.of(p.getBigIntegerValue()) : NumberValue.of(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NumberValue.of(p.getDecimalValue());
            case VALUE_TRUE:
                return BooleanValue.TRUE;
            case VALUE_FALSE:
                return BooleanValue.FALSE;
            case VALUE_NULL:
                return NullValue.INSTANCE;
            default:
                throw new IllegalArgumentException("unexpected JSON token " + t);
        }
    }

    /**
     * Compact JSON text, as OPA's JSON output: sets become sorted arrays and non-string object
     * keys become their JSON text. Non-ASCII characters are written as they are.
     */
    public static String toJson(Value v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Indented JSON text (two spaces), for human-facing output. */
    public static String toPrettyJson(Value v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes {@code v} to a Jackson generator. */
    public static void write(JsonGenerator g, Value v) throws IOException {
        if (v instanceof NullValue) {
            g.writeNull();
        } else if (v instanceof BooleanValue b) {
            g.writeBoolean(b.value());
        } else if (v instanceof NumberValue n) {
            g.writeNumber(n.toString());
        } else if (v instanceof StringValue s) {
            g.writeString(s.value());
        } else if (v instanceof ArrayValue a) {
            g.writeStartArray();
            for (Value e : a.elements()) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof SetValue s) {
            g.writeStartArray();
            for (Value e : s.elements()) {
                write(g, e);
            }
            g.writeEndArray();
        } else {
            ObjectValue o = (ObjectValue) v;
            g.writeStartObject();
            if (o.keys().stream().allMatch(k -> k instanceof StringValue)) {
                for (Map.Entry<Value, Value> e : o.entries()) {
                    g.writeFieldName(((StringValue) e.getKey()).value());
                    write(g, e.getValue());
                }
            } else {
                TreeMap<String, Value> sorted = new TreeMap<>(ValueOrder::compareCodePoints);
                for (Map.Entry<Value, Value> e : o.entries()) {
                    sorted.put(jsonKey(e.getKey()), e.getValue());
                }
                for (Map.Entry<String, Value> e : sorted.entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
            }
            g.writeEndObject();
        }
    }

    /** The JSON object key OPA uses for {@code key}: strings as they are, others as JSON text. */
    public static String jsonKey(Value key) {
        return key instanceof StringValue s ? s.value() : toJson(key);
    }
}

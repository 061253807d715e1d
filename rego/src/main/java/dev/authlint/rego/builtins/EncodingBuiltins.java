package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON, YAML, base64, base64url, URL query and hex encodings. */
final class EncodingBuiltins {

    private EncodingBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("json.marshal", 1, "encoding", EncodingBuiltins::jsonMarshal);
        b.add("json.marshal_with_options", 2, "encoding", EncodingBuiltins::jsonMarshalWithOptions);
        b.add("json.unmarshal", 1, "encoding", EncodingBuiltins::jsonUnmarshal);
        b.add("json.is_valid", 1, "encoding", EncodingBuiltins::jsonIsValid);
        b.add("yaml.marshal", 1, "encoding", EncodingBuiltins::yamlMarshal);
        b.add("yaml.unmarshal", 1, "encoding", EncodingBuiltins::yamlUnmarshal);
        b.add("yaml.is_valid", 1, "encoding", EncodingBuiltins::yamlIsValid);
        b.add("base64.encode", 1, "encoding", EncodingBuiltins::base64Encode);
        b.add("base64.decode", 1, "encoding", EncodingBuiltins::base64Decode);
        b.add("base64.is_valid", 1, "encoding", EncodingBuiltins::base64IsValid);
        b.add("base64url.encode", 1, "encoding", EncodingBuiltins::base64UrlEncode);
        b.add("base64url.encode_no_pad", 1, "encoding", EncodingBuiltins::base64UrlEncodeNoPad);
        b.add("base64url.decode", 1, "encoding", EncodingBuiltins::base64UrlDecode);
        b.add("urlquery.encode", 1, "encoding", EncodingBuiltins::urlQueryEncode);
        b.add("urlquery.decode", 1, "encoding", EncodingBuiltins::urlQueryDecode);
        b.add("urlquery.encode_object", 1, "encoding", EncodingBuiltins::urlQueryEncodeObject);
        b.add("urlquery.decode_object", 1, "encoding", EncodingBuiltins::urlQueryDecodeObject);
        b.add("hex.encode", 1, "encoding", EncodingBuiltins::hexEncode);
        b.add("hex.decode", 1, "encoding", EncodingBuiltins::hexDecode);
    }

    /** {@code json.marshal(x)}: compact JSON as Go writes it. */
    static Value jsonMarshal(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(GoJson.marshal(args.get(0)));
    }

    /**
     * {@code json.marshal_with_options(x, opts)}: {@code pretty} (default false), {@code indent}
     * (default tab when pretty) and {@code prefix}; indent or prefix imply pretty unless it is
     * explicitly false.
     */
    static Value jsonMarshalWithOptions(BuiltinContext ctx, List<Value> args) {
        ObjectValue opts = Operands.object(args, 2);
        Boolean pretty = null;
        String indent = "\t";
        String prefix = "";
        boolean layout = false;
        for (Map.Entry<Value, Value> e : opts.entries()) {
            String key = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toRegoString();
            Value v = e.getValue();
            switch (key) {
                case "pretty" -> {
                    if (!(v instanceof BooleanValue b)) {
                        throw new OperandTypeException("operand 2 \"pretty\" must be boolean but got " + v.typeName());
                    }
                    pretty = b.value();
                }
                case "indent" -> {
                    if (!(v instanceof StringValue s)) {
                        throw new OperandTypeException("operand 2 \"indent\" must be string but got " + v.typeName());
                    }
                    indent = s.value();
                    layout = true;
                }
                case "prefix" -> {
                    if (!(v instanceof StringValue s)) {
                        throw new OperandTypeException("operand 2 \"prefix\" must be string but got " + v.typeName());
                    }
                    prefix = s.value();
                    layout = true;
                }
                default -> throw new OperandTypeException("operand 2 object contains unknown key \"" + key + "\"");
            }
        }
        boolean indented = pretty != null ? pretty : layout;
        return StringValue.of(indented ? GoJson.marshalIndent(args.get(0), prefix, indent) : GoJson.marshal(args.get(0)));
    }

    /** {@code json.unmarshal(x)}. */
    static Value jsonUnmarshal(BuiltinContext ctx, List<Value> args) {
        try {
            return Values.fromJson(Operands.string(args, 1));
        } catch (IllegalArgumentException e) {
            throw new BuiltinFailure(e.getMessage(), e);
        }
    }

    /** {@code json.is_valid(x)}: false for invalid JSON or a non-string. */
    static Value jsonIsValid(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0) instanceof StringValue s && Values.isValidJson(s.value()));
    }

    /** {@code yaml.marshal(x)}. */
    static Value yamlMarshal(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(YamlCodec.dump(args.get(0)));
    }

    /** {@code yaml.unmarshal(x)}: mapping keys become strings, as through JSON. */
    static Value yamlUnmarshal(BuiltinContext ctx, List<Value> args) {
        return YamlCodec.parse(Operands.string(args, 1));
    }

    /** {@code yaml.is_valid(x)}: false for invalid YAML or a non-string. */
    static Value yamlIsValid(BuiltinContext ctx, List<Value> args) {
        if (!(args.get(0) instanceof StringValue s)) {
            return BooleanValue.FALSE;
        }
        try {
            YamlCodec.parse(s.value());
            return BooleanValue.TRUE;
        } catch (BuiltinFailure e) {
            return BooleanValue.FALSE;
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@code base64.encode(x)}: standard alphabet, padded. */
    static Value base64Encode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(Base64.getEncoder().encodeToString(Operands.string(args, 1).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code base64.decode(x)}: standard alphabet; padding is required, as in Go. */
    static Value base64Decode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(utf8(decodeStd(Operands.string(args, 1))));
    }

    private static byte[] decodeStd(String s) {
        // Go's StdEncoding ignores \r and \n but requires padding.
        String clean = s.replace("\r", "").replace("\n", "");
        if (clean.length() % 4 != 0) {
            throw new BuiltinFailure("illegal base64 data at input byte " + (clean.length() / 4 * 4));
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            throw new BuiltinFailure("illegal base64 data: " + e.getMessage(), e);
        }
    }

    /** {@code base64.is_valid(x)}. */
    static Value base64IsValid(BuiltinContext ctx, List<Value> args) {
        try {
            decodeStd(Operands.string(args, 1));
            return BooleanValue.TRUE;
        } catch (BuiltinFailure e) {
            return BooleanValue.FALSE;
        }
    }

    /** {@code base64url.encode(x)}: URL-safe alphabet, padded. */
    static Value base64UrlEncode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(Base64.getUrlEncoder().encodeToString(Operands.string(args, 1).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code base64url.encode_no_pad(x)}. */
    static Value base64UrlEncodeNoPad(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Operands.string(args, 1).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code base64url.decode(x)}: padding optional (RFC 7515 appendix C). */
    static Value base64UrlDecode(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        if (!s.endsWith("=")) {
            switch (s.length() % 4) {
                case 0 -> { }
                case 2 -> s += "==";
                case 3 -> s += "=";
                default -> throw new BuiltinFailure("illegal base64url string: " + s);
            }
        }
        try {
            return StringValue.of(utf8(Base64.getUrlDecoder().decode(s)));
        } catch (IllegalArgumentException e) {
            throw new BuiltinFailure("illegal base64 data: " + e.getMessage(), e);
        }
    }

    /** {@code urlquery.encode(x)}: Go's url.QueryEscape (space becomes '+'). */
    static Value urlQueryEncode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(queryEscape(Operands.string(args, 1)));
    }

    static String queryEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** {@code urlquery.decode(x)}: Go's url.QueryUnescape. */
    static Value urlQueryDecode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(queryUnescape(Operands.string(args, 1)));
    }

    static String queryUnescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                if (i + 2 >= bytes.length || Character.digit(bytes[i + 1], 16) < 0 || Character.digit(bytes[i + 2], 16) < 0) {
                    String bad = s.substring(Math.min(i, s.length()), Math.min(i + 3, s.length()));
                    throw new BuiltinFailure("invalid URL escape \"" + bad + "\"");
                }
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return utf8(out.toByteArray());
    }

    /**
     * {@code urlquery.encode_object(object)}: values are strings or arrays/sets of strings;
     * keys sorted, as Go's url.Values.Encode.
     */
    static Value urlQueryEncodeObject(BuiltinContext ctx, List<Value> args) {
        ObjectValue o = Operands.object(args, 1);
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (Map.Entry<Value, Value> e : o.entries()) {
            if (!(e.getKey() instanceof StringValue k)) {
                throw new OperandTypeException("operand 1 must be object[string, array[string] | set[string] | string]");
            }
            Value v = e.getValue();
            List<String> values = new ArrayList<>();
            if (v instanceof StringValue s) {
                values.add(s.value());
            } else if (v instanceof ArrayValue || v instanceof SetValue) {
                Iterable<Value> it = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
                for (Value x : it) {
                    if (!(x instanceof StringValue s)) {
                        throw new OperandTypeException("operand 1 must be object[string, array[string] | set[string] | string]");
                    }
                    values.add(s.value());
                }
            } else {
                throw new OperandTypeException("operand 1 must be object[string, array[string] | set[string] | string]");
            }
            sorted.put(k.value(), values);
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, vs) -> {
            for (String v : vs) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(queryEscape(k)).append('=').append(queryEscape(v));
            }
        });
        return StringValue.of(out.toString());
    }

    /** {@code urlquery.decode_object(x)}: Go's url.ParseQuery, every key mapping to an array of values. */
    static Value urlQueryDecodeObject(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        Map<String, List<Value>> values = new TreeMap<>();
        for (String part : s.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.contains(";")) {
                throw new BuiltinFailure("invalid semicolon separator in query");
            }
            int eq = part.indexOf('=');
            String key = queryUnescape(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : queryUnescape(part.substring(eq + 1));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(StringValue.of(value));
        }
        ObjectValue.Builder out = ObjectValue.builder();
        values.forEach((k, v) -> out.put(k, ArrayValue.of(v)));
        return out.build();
    }

    /** {@code hex.encode(x)}: lower-case hex of the UTF-8 bytes. */
    static Value hexEncode(BuiltinContext ctx, List<Value> args) {
        return StringValue.of(HexFormat.of().formatHex(Operands.string(args, 1).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code hex.decode(x)}. */
    static Value hexDecode(BuiltinContext ctx, List<Value> args) {
        String s = Operands.string(args, 1);
        if (s.length() % 2 != 0) {
            throw new BuiltinFailure("encoding/hex: odd length hex string");
        }
        try {
            return StringValue.of(utf8(HexFormat.of().parseHex(s)));
        } catch (IllegalArgumentException e) {
            throw new BuiltinFailure("encoding/hex: invalid byte in " + s, e);
        }
    }
}

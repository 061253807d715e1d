package dev.authlint.rego.builtins;

import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** {@code uuid.rfc4122} (random version 4) and {@code uuid.parse}. */
final class UuidBuiltins {

    /** 100-ns intervals between the Gregorian epoch (1582-10-15) and the Unix epoch. */
    private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;

    private UuidBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addNondeterministic("uuid.rfc4122", 1, "uuid", UuidBuiltins::rfc4122);
        b.add("uuid.parse", 1, "uuid", UuidBuiltins::parse);
    }

    /** {@code uuid.rfc4122(k)}: a random version-4 UUID; the same k gives the same UUID within one evaluation. */
    static Value rfc4122(BuiltinContext ctx, List<Value> args) {
        String key = Operands.string(args, 1);
        return ctx.memoize("uuid.rfc4122/" + key, () -> StringValue.of(randomUuid(ctx.random())));
    }

    private static String randomUuid(Random random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        String h = HexFormat.of().formatHex(b);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20);
    }

    /**
     * {@code uuid.parse(uuid)}: version, variant and, by version, time (ns since the epoch),
     * clock sequence, node id, MAC flags, DCE domain and id; undefined for an invalid UUID.
     */
    static Value parse(BuiltinContext ctx, List<Value> args) {
        byte[] b = bytes(Operands.string(args, 1));
        if (b == null) {
            return null;
        }
        int version = (b[6] & 0xff) >> 4;
        ObjectValue.Builder out = ObjectValue.builder()
                .put("version", NumberValue.of(version))
                .put("variant", StringValue.of(variant(b[8])));
        if (version == 1 || version == 2) {
            // As Go's uuid.Time, version 2 keeps its id in the time_low field and counts it as time.
            long timestamp = ((u16(b, 6) & 0x0fffL) << 48) | (u16(b, 4) << 32) | u32(b, 0);
            out.put("time", nanosSinceEpoch(timestamp));
            out.put("clocksequence", NumberValue.of(u16(b, 8) & 0x3fff));
            StringBuilder node = new StringBuilder();
            for (int i = 10; i < 16; i++) {
                node.append(i > 10 ? "-" : "").append(String.format("%02x", b[i] & 0xff));
            }
            out.put("nodeid", StringValue.of(node.toString()));
            out.put("macvariables", StringValue.of(((b[10] & 2) != 0 ? "local" : "global") + ":"
                    + ((b[10] & 1) != 0 ? "multicast" : "unicast")));
            if (version == 2) {
                out.put("id", NumberValue.of(u32(b, 0)));
                out.put("domain", StringValue.of(switch (b[9]) {
                    case 0 -> "Person";
                    case 1 -> "Group";
                    case 2 -> "Org";
                    default -> "Domain" + (b[9] & 0xff);
                }));
            }
        } else if (version == 6) {
            long timestamp = (u32(b, 0) << 28) | (u16(b, 4) << 12) | (u16(b, 6) & 0x0fff);
            out.put("time", nanosSinceEpoch(timestamp));
        } else if (version == 7) {
            long millis = (u32(b, 0) << 16) | u16(b, 4);
            out.put("time", NumberValue.of(BigInteger.valueOf(millis).multiply(BigInteger.valueOf(1_000_000))));
        }
        return out.build();
    }

    private static NumberValue nanosSinceEpoch(long gregorian100ns) {
        return NumberValue.of(BigInteger.valueOf(gregorian100ns - GREGORIAN_OFFSET).multiply(BigInteger.valueOf(100)));
    }

    private static String variant(byte b) {
        int v = b & 0xff;
        if ((v & 0x80) == 0) {
            return "Reserved";
        } else if ((v & 0xc0) == 0x80) {
            return "RFC4122";
        } else if ((v & 0xe0) == 0xc0) {
            return "Microsoft";
        }
        return "Future";
    }

    private static long u16(byte[] b, int i) {
        return ((b[i] & 0xffL) << 8) | (b[i + 1] & 0xffL);
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) << 16) | u16(b, i + 2);
    }

    /** Go's uuid.Parse forms: canonical, urn:uuid: prefix, braces, or 32 hex digits. */
    private static byte[] bytes(String s) {
        String t = s;
        if (t.length() == 45 && t.toLowerCase(Locale.ROOT).startsWith("urn:uuid:")) {
            t = t.substring(9);
        } else if (t.length() == 38 && t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, 37);
        }
        String hex;
        if (t.length() == 36) {
            if (t.charAt(8) != '-' || t.charAt(13) != '-' || t.charAt(18) != '-' || t.charAt(23) != '-') {
                return null;
            }
            hex = t.replace("-", "");
        } else if (t.length() == 32) {
            hex = t;
        } else {
            return null;
        }
        if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
    }
}

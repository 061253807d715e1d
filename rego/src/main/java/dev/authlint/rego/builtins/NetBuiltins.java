package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * CIDR builtins on IPv4 and IPv6 (parsed as Go's net.ParseIP / ParseCIDR do; never a DNS
 * lookup). An IPv4 address also matches its IPv4-mapped IPv6 form.
 */
final class NetBuiltins {

    /** Largest network {@code net.cidr_expand} lists, so a /8 cannot exhaust memory. */
    static final int MAX_EXPAND = 1 << 20;

    private NetBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("net.cidr_contains", 2, "net", NetBuiltins::cidrContains);
        b.add("net.cidr_intersects", 2, "net", NetBuiltins::cidrIntersects);
        b.add("net.cidr_is_valid", 1, "net", NetBuiltins::cidrIsValid);
        b.add("net.cidr_expand", 1, "net", NetBuiltins::cidrExpand);
        b.add("net.cidr_merge", 1, "net", NetBuiltins::cidrMerge);
        b.add("net.cidr_contains_matches", 2, "net", NetBuiltins::cidrContainsMatches);
    }

    /** An address range [first, last] of one family (bits 32 or 128), with its prefix length. */
    record Network(BigInteger first, BigInteger last, int bits, int prefix) {

        boolean contains(Network other) {
            Network o = other.bits == bits ? other : other.convert(bits);
            return o != null && first.compareTo(o.first) <= 0 && last.compareTo(o.last) >= 0;
        }

        boolean intersects(Network other) {
            Network o = other.bits == bits ? other : other.convert(bits);
            return o != null && first.compareTo(o.last) <= 0 && o.first.compareTo(last) <= 0;
        }

        /** The same range in the other family (IPv4 ↔ IPv4-mapped IPv6), or null. */
        private Network convert(int targetBits) {
            BigInteger mapped = BigInteger.valueOf(0xffffL).shiftLeft(32);
            if (bits == 32 && targetBits == 128) {
                return new Network(first.or(mapped), last.or(mapped), 128, prefix + 96);
            }
            if (bits == 128 && targetBits == 32 && first.shiftRight(32).equals(BigInteger.valueOf(0xffff))
                    && last.shiftRight(32).equals(BigInteger.valueOf(0xffff))) {
                BigInteger mask = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
                return new Network(first.and(mask), last.and(mask), 32, Math.max(0, prefix - 96));
            }
            return null;
        }
    }

    /** Parses "addr/len" (the host bits are cleared, as Go's ParseCIDR); null when invalid. */
    static Network parseCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        BigInteger[] ip = parseIp(s.substring(0, slash));
        String len = s.substring(slash + 1);
        if (ip == null || len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int bits = ip[1].intValue();
        int prefix = Integer.parseInt(len);
        if (prefix > bits) {
            return null;
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        BigInteger first = ip[0].andNot(hostMask);
        return new Network(first, first.or(hostMask), bits, prefix);
    }

    /** A CIDR, or a single address as a /32 or /128; null when neither. */
    static Network parseCidrOrIp(String s) {
        if (s.indexOf('/') >= 0) {
            return parseCidr(s);
        }
        BigInteger[] ip = parseIp(s);
        if (ip == null) {
            return null;
        }
        return new Network(ip[0], ip[0], ip[1].intValue(), ip[1].intValue());
    }

    /** Parses an IP literal to {value, bits}; null when invalid. */
    static BigInteger[] parseIp(String s) {
        if (s.indexOf(':') >= 0) {
            BigInteger v = parseIpv6(s);
            return v == null ? null : new BigInteger[] {v, BigInteger.valueOf(128)};
        }
        Long v = parseIpv4(s);
        return v == null ? null : new BigInteger[] {BigInteger.valueOf(v), BigInteger.valueOf(32)};
    }

    private static Long parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return null;
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    private static BigInteger parseIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        String left = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String right = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        if (!groups(left, head, doubleColon < 0) || !groups(right, tail, true)) {
            return null;
        }
        int total = head.size() + tail.size();
        if ((doubleColon < 0 && total != 8) || (doubleColon >= 0 && total > 7)) {
            return null;
        }
        List<Integer> all = new ArrayList<>(head);
        for (int i = total; i < 8; i++) {
            all.add(0);
        }
        all.addAll(tail);
        BigInteger v = BigInteger.ZERO;
        for (int g : all) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return v;
    }

    /** Parses colon-separated hex groups; the last may be a dotted IPv4 address (two groups). */
    private static boolean groups(String part, List<Integer> out, boolean allowIpv4) {
        if (part.isEmpty()) {
            return true;
        }
        String[] groups = part.split(":", -1);
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (i == groups.length - 1 && allowIpv4 && g.indexOf('.') >= 0) {
                Long v4 = parseIpv4(g);
                if (v4 == null) {
                    return false;
                }
                out.add((int) (v4 >> 16));
                out.add((int) (v4 & 0xffff));
                return true;
            }
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            out.add(Integer.parseInt(g, 16));
        }
        return true;
    }

    /** Go's IP.String: dotted IPv4 (also for IPv4-mapped IPv6), RFC 5952 IPv6. */
    static String formatIp(BigInteger v, int bits) {
        if (bits == 32 || v.shiftRight(32).equals(BigInteger.valueOf(0xffff))) {
            long x = v.longValue() & 0xffffffffL;
            return (x >> 24) + "." + ((x >> 16) & 255) + "." + ((x >> 8) & 255) + "." + (x & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = v.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }

    private static Network cidrOperand(List<Value> args, int pos) {
        String s = Operands.string(args, pos);
        Network n = parseCidr(s);
        if (n == null) {
            throw new BuiltinFailure("invalid CIDR address: " + s);
        }
        return n;
    }

    private static Network cidrOrIpOperand(List<Value> args, int pos) {
        String s = Operands.string(args, pos);
        Network n = parseCidrOrIp(s);
        if (n == null) {
            throw new BuiltinFailure("invalid CIDR address: " + s);
        }
        return n;
    }

    /** {@code net.cidr_contains(cidr, cidr_or_ip)}. */
    static Value cidrContains(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(cidrOperand(args, 1).contains(cidrOrIpOperand(args, 2)));
    }

    /** {@code net.cidr_intersects(cidr1, cidr2)}. */
    static Value cidrIntersects(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(cidrOperand(args, 1).intersects(cidrOperand(args, 2)));
    }

    /** {@code net.cidr_is_valid(cidr)}: false for anything but a valid CIDR string. */
    static Value cidrIsValid(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0) instanceof StringValue s && parseCidr(s.value()) != null);
    }

    /** {@code net.cidr_expand(cidr)}: the set of every address in the network. */
    static Value cidrExpand(BuiltinContext ctx, List<Value> args) {
        Network n = cidrOperand(args, 1);
        BigInteger size = n.last().subtract(n.first()).add(BigInteger.ONE);
        if (size.compareTo(BigInteger.valueOf(MAX_EXPAND)) > 0) {
            throw new BuiltinFailure("network of " + size + " addresses exceeds the limit of " + MAX_EXPAND);
        }
        SetValue.Builder out = SetValue.builder();
        for (BigInteger ip = n.first(); ip.compareTo(n.last()) <= 0; ip = ip.add(BigInteger.ONE)) {
            if (ip.intValue() % 4096 == 0) {
                ctx.checkCancelled();
            }
            out.add(StringValue.of(formatIp(ip, n.bits())));
        }
        return out.build();
    }

    /** {@code net.cidr_merge(addrs)}: the smallest set of CIDRs covering the given addresses and networks. */
    static Value cidrMerge(BuiltinContext ctx, List<Value> args) {
        List<Network> v4 = new ArrayList<>();
        List<Network> v6 = new ArrayList<>();
        for (Value e : Operands.arrayOrSetElements(args, 1)) {
            if (!(e instanceof StringValue s)) {
                throw Operands.elementError(1, args.get(0), e, "string");
            }
            Network n = parseCidrOrIp(s.value());
            if (n == null) {
                throw new BuiltinFailure("invalid CIDR address: " + s.value());
            }
            (n.bits() == 32 ? v4 : v6).add(n);
        }
        SetValue.Builder out = SetValue.builder();
        merge(v4, 32, out);
        merge(v6, 128, out);
        return out.build();
    }

    private static void merge(List<Network> networks, int bits, SetValue.Builder out) {
        networks.sort(Comparator.comparing(Network::first));
        BigInteger start = null;
        BigInteger end = null;
        for (Network n : networks) {
            if (start != null && n.first().compareTo(end.add(BigInteger.ONE)) <= 0) {
                end = end.max(n.last());
                continue;
            }
            if (start != null) {
                emit(start, end, bits, out);
            }
            start = n.first();
            end = n.last();
        }
        if (start != null) {
            emit(start, end, bits, out);
        }
    }

    /** Splits [start, end] into the fewest aligned CIDR blocks. */
    private static void emit(BigInteger start, BigInteger end, int bits, SetValue.Builder out) {
        BigInteger s = start;
        while (s.compareTo(end) <= 0) {
            int size = s.signum() == 0 ? bits : s.getLowestSetBit();
            size = Math.min(size, bits);
            while (size > 0 && s.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(end) > 0) {
                size--;
            }
            out.add(StringValue.of(formatIp(s, bits) + "/" + (bits - size)));
            s = s.add(BigInteger.ONE.shiftLeft(size));
        }
    }

    /**
     * {@code net.cidr_contains_matches(cidrs, cidrs_or_ips)}: the set of {@code [key1, key2]}
     * pairs where an entry of the first operand contains one of the second. Each operand is a
     * string (its own key), an array (keys are indexes), a set (keys are the members) or an
     * object (keys are its keys); an entry is a string or an array whose first element is one.
     */
    static Value cidrContainsMatches(BuiltinContext ctx, List<Value> args) {
        List<Value[]> cidrs = entries(args, 1);
        List<Value[]> targets = entries(args, 2);
        SetValue.Builder out = SetValue.builder();
        for (Value[] c : cidrs) {
            Network n = parseCidr(((StringValue) c[1]).value());
            if (n == null) {
                throw new BuiltinFailure("invalid CIDR address: " + ((StringValue) c[1]).value());
            }
            for (Value[] t : targets) {
                Network m = parseCidrOrIp(((StringValue) t[1]).value());
                if (m == null) {
                    throw new BuiltinFailure("invalid CIDR address: " + ((StringValue) t[1]).value());
                }
                if (n.contains(m)) {
                    out.add(ArrayValue.of(c[0], t[0]));
                }
            }
        }
        return out.build();
    }

    private static List<Value[]> entries(List<Value> args, int pos) {
        Value v = args.get(pos - 1);
        List<Value[]> out = new ArrayList<>();
        if (v instanceof StringValue) {
            out.add(new Value[] {v, v});
        } else if (v instanceof ArrayValue a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Value[] {NumberValue.of(i), entryAddress(pos, a.get(i))});
            }
        } else if (v instanceof SetValue s) {
            for (Value e : s.elements()) {
                out.add(new Value[] {e, entryAddress(pos, e)});
            }
        } else if (v instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries()) {
                out.add(new Value[] {e.getKey(), entryAddress(pos, e.getValue())});
            }
        } else {
            throw Operands.oneOf(pos, v, "string", "array", "set", "object");
        }
        return out;
    }

    private static Value entryAddress(int pos, Value e) {
        if (e instanceof StringValue) {
            return e;
        }
        if (e instanceof ArrayValue a && !a.isEmpty() && a.get(0) instanceof StringValue) {
            return a.get(0);
        }
        throw new OperandTypeException("operand " + pos + " must be a string or an array whose first element is a string "
                + "but got " + e.typeName());
    }
}

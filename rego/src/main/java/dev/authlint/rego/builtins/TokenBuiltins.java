package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JWT builtins that need no key material: {@code io.jwt.decode} (no verification) and the
 * shared-secret HMAC checks {@code io.jwt.verify_hs256/384/512}. Public-key verification and signing
 * stay in {@link SandboxedBuiltins}.
 */
final class TokenBuiltins {

    private TokenBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("io.jwt.decode", 1, "tokens", TokenBuiltins::decode);
        b.add("io.jwt.verify_hs256", 2, "tokens", (ctx, args) -> verifyHmac("HmacSHA256", args));
        b.add("io.jwt.verify_hs384", 2, "tokens", (ctx, args) -> verifyHmac("HmacSHA384", args));
        b.add("io.jwt.verify_hs512", 2, "tokens", (ctx, args) -> verifyHmac("HmacSHA512", args));
    }

    /** The three base64url sections of a compact JWS. */
    private record Compact(String header, String payload, String signature) {

        static Compact split(String token) {
            if (token.indexOf('.') < 0) {
                throw new BuiltinFailure("encoded JWT had no period separators");
            }
            String[] parts = token.split("\\.", -1);
            if (parts.length != 3) {
                throw new BuiltinFailure("encoded JWT must have 3 sections, found " + parts.length);
            }
            return new Compact(parts[0], parts[1], parts[2]);
        }

        String signingInput() {
            return header + "." + payload;
        }
    }

    /**
     * {@code io.jwt.decode(jwt)}: {@code [header, payload, signature as hex]}, without checking the
     * signature. A nested token ({@code "cty": "JWT"}) decodes to its inner token, as in OPA.
     */
    static Value decode(BuiltinContext ctx, List<Value> args) {
        String token = Operands.string(args, 1);
        // Bounded by the token's length: each nesting level is strictly shorter than the last.
        while (true) {
            Compact c = Compact.split(token);
            ObjectValue header = header(c);
            String payload = text(base64Url(c.payload(), "JWT payload had invalid encoding"));
            if (header.get(StringValue.of("cty")) instanceof StringValue cty && cty.value().equals("JWT")) {
                // An inner token is often a quoted JSON string (as jwt.io makes them); OPA strips the quotes.
                token = stripQuotes(payload);
                continue;
            }
            ObjectValue claims = jsonObject(payload, "bad JWT payload");
            byte[] signature = base64Url(c.signature(), "JWT signature had invalid encoding");
            return ArrayValue.of(List.of(header, claims, StringValue.of(HexFormat.of().formatHex(signature))));
        }
    }

    /** {@code io.jwt.verify_hsNNN(jwt, secret)}: whether the HMAC signature matches the secret. */
    private static Value verifyHmac(String algorithm, List<Value> args) {
        Compact c = Compact.split(Operands.string(args, 1));
        byte[] secret = Operands.string(args, 2).getBytes(StandardCharsets.UTF_8);
        byte[] signature = base64Url(c.signature(), "JWT signature had invalid encoding");
        try {
            Mac mac = Mac.getInstance(algorithm);
            // An empty key is legal for HMAC but SecretKeySpec rejects it; one zero byte is equivalent.
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, algorithm));
            byte[] expected = mac.doFinal(c.signingInput().getBytes(StandardCharsets.UTF_8));
            return BooleanValue.of(MessageDigest.isEqual(expected, signature));
        } catch (GeneralSecurityException e) {
            throw new BuiltinFailure(algorithm + " is not available: " + e.getMessage(), e);
        }
    }

    private static ObjectValue header(Compact c) {
        String json = text(base64Url(c.header(), "JWT header had invalid encoding"));
        ObjectValue header = jsonObject(json, "bad JWT header");
        // A JWE (RFC 7516 section 9) carries "enc"; like OPA, only signed tokens are supported.
        if (header.get(StringValue.of("enc")) != null) {
            throw new BuiltinFailure("JWT is a JWE object, which is not supported");
        }
        return header;
    }

    private static ObjectValue jsonObject(String json, String context) {
        Value v;
        try {
            v = Values.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new BuiltinFailure(context + ": " + e.getMessage(), e);
        }
        if (!(v instanceof ObjectValue o)) {
            throw new BuiltinFailure(context + ": decoded JSON type is not an Object");
        }
        return o;
    }

    /** Base64url with optional padding (RFC 7515 appendix C), as OPA's base64url.decode. */
    private static byte[] base64Url(String s, String context) {
        String padded = s;
        if (!s.endsWith("=")) {
            switch (s.length() % 4) {
                case 0 -> { }
                case 2 -> padded += "==";
                case 3 -> padded += "=";
                default -> throw new BuiltinFailure(context + ": illegal base64url string: " + s);
            }
        }
        try {
            return Base64.getUrlDecoder().decode(padded);
        } catch (IllegalArgumentException e) {
            // Report the offset of the first bad character, in the words of Go's encoding/base64.
            throw new BuiltinFailure(context + ": illegal base64 data at input byte " + firstInvalid(padded), e);
        }
    }

    private static int firstInvalid(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!valid) {
                return i;
            }
        }
        return end;
    }

    private static String stripQuotes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '"' || s.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digests and HMACs of strings, as lower-case hex. Builtins that need key material or
 * certificates are declared in {@link SandboxedBuiltins}.
 */
final class CryptoBuiltins {

    private CryptoBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("crypto.md5", 1, "crypto", (ctx, args) -> digest("MD5", args));
        b.add("crypto.sha1", 1, "crypto", (ctx, args) -> digest("SHA-1", args));
        b.add("crypto.sha256", 1, "crypto", (ctx, args) -> digest("SHA-256", args));
        b.add("crypto.hmac.md5", 2, "crypto", (ctx, args) -> hmac("HmacMD5", args));
        b.add("crypto.hmac.sha1", 2, "crypto", (ctx, args) -> hmac("HmacSHA1", args));
        b.add("crypto.hmac.sha256", 2, "crypto", (ctx, args) -> hmac("HmacSHA256", args));
        b.add("crypto.hmac.sha512", 2, "crypto", (ctx, args) -> hmac("HmacSHA512", args));
        b.add("crypto.hmac.equal", 2, "crypto", CryptoBuiltins::hmacEqual);
    }

    private static Value digest(String algorithm, List<Value> args) {
        byte[] input = Operands.string(args, 1).getBytes(StandardCharsets.UTF_8);
        try {
            return StringValue.of(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input)));
        } catch (GeneralSecurityException e) {
            throw new BuiltinFailure(algorithm + " is not available: " + e.getMessage(), e);
        }
    }

    private static Value hmac(String algorithm, List<Value> args) {
        byte[] message = Operands.string(args, 1).getBytes(StandardCharsets.UTF_8);
        byte[] key = Operands.string(args, 2).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(algorithm);
            // An empty key is legal for HMAC but SecretKeySpec rejects it; one zero byte is equivalent.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return StringValue.of(HexFormat.of().formatHex(mac.doFinal(message)));
        } catch (GeneralSecurityException e) {
            throw new BuiltinFailure(algorithm + " is not available: " + e.getMessage(), e);
        }
    }

    /** {@code crypto.hmac.equal(a, b)}: constant-time comparison of two MACs. */
    static Value hmacEqual(BuiltinContext ctx, List<Value> args) {
        byte[] a = Operands.string(args, 1).getBytes(StandardCharsets.UTF_8);
        byte[] b = Operands.string(args, 2).getBytes(StandardCharsets.UTF_8);
        return BooleanValue.of(MessageDigest.isEqual(a, b));
    }
}

package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.failure;
import static dev.authlint.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenBuiltinsTest {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private static String b64(String text) {
        return B64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A compact JWS signed with HMAC-SHA256 under {@code secret}, built here so the test owns its data. */
    private static String hs256(String headerJson, String payloadJson, String secret) throws Exception {
        String input = b64(headerJson) + "." + b64(payloadJson);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + B64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodeReturnsHeaderClaimsAndTheSignatureAsHex() throws Exception {
        String token = hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"alice\",\"admin\":true}", "k");
        String signatureHex = HexFormat.of().formatHex(Base64.getUrlDecoder().decode(token.split("\\.")[2]));
        assertCall("[{\"alg\": \"HS256\", \"typ\": \"JWT\"}, {\"sub\": \"alice\", \"admin\": true}, \""
                + signatureHex + "\"]", "io.jwt.decode", s(token));
    }

    @Test
    void decodeUnwrapsANestedToken() throws Exception {
        String inner = hs256("{\"alg\":\"HS256\"}", "{\"n\":1}", "k");
        // jwt.io-style nesting: the inner token is a JSON string, quotes included
        String outer = b64("{\"alg\":\"none\",\"cty\":\"JWT\"}") + "." + b64("\"" + inner + "\"") + ".";
        assertCall("[{\"alg\": \"HS256\"}, {\"n\": 1}, \"" + HexFormat.of().formatHex(
                Base64.getUrlDecoder().decode(inner.split("\\.")[2])) + "\"]", "io.jwt.decode", s(outer));
    }

    @Test
    void malformedTokensFailWithOpasMessages() {
        assertEquals("io.jwt.decode: encoded JWT had no period separators", failure("io.jwt.decode", s("abc")).getMessage());
        assertEquals("io.jwt.decode: encoded JWT must have 3 sections, found 2", failure("io.jwt.decode", s("a.b")).getMessage());
        String jwe = b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + "." + b64("{}") + ".";
        assertEquals("io.jwt.decode: JWT is a JWE object, which is not supported", failure("io.jwt.decode", s(jwe)).getMessage());
        String arrayClaims = b64("{\"alg\":\"none\"}") + "." + b64("[1]") + ".";
        assertTrue(failure("io.jwt.decode", s(arrayClaims)).getMessage().contains("not an Object"));
        assertEquals("io.jwt.decode: JWT header had invalid encoding: illegal base64 data at input byte 3",
                failure("io.jwt.decode", s("e30%.e30.")).getMessage());
    }

    @Test
    void hmacVerificationChecksTheSecret() throws Exception {
        String token = hs256("{\"alg\":\"HS256\"}", "{\"sub\":\"bob\"}", "right");
        assertCall("true", "io.jwt.verify_hs256", s(token), s("right"));
        assertCall("false", "io.jwt.verify_hs256", s(token), s("wrong"));
        // the same MAC checked with a different digest does not match
        assertCall("false", "io.jwt.verify_hs512", s(token), s("right"));
    }
}

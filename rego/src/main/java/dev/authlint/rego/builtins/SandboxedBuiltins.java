package dev.authlint.rego.builtins;

/**
 * Builtins that reach outside the sandbox (network, DNS, key material), the few OPA builtins
 * authlint does not implement, and the ones the evaluator implements itself. They are declared so their names resolve (a policy can mock
 * them with {@code with}); the sandboxed ones fail when called unless an embedder registers a
 * real implementation through {@link BuiltinRegistry#with}.
 */
final class SandboxedBuiltins {

    private SandboxedBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addSandboxed("http.send", 1, "http");
        b.addSandboxed("net.lookup_ip_addr", 1, "net");
        // io.jwt.decode and the HMAC checks need no key material: see TokenBuiltins.
        b.addSandboxed("io.jwt.decode_verify", 2, "tokens");
        for (String alg : new String[] {"rs256", "rs384", "rs512", "ps256", "ps384", "ps512",
            "es256", "es384", "es512", "eddsa"}) {
            b.addSandboxed("io.jwt.verify_" + alg, 2, "tokens");
        }
        b.addSandboxed("io.jwt.encode_sign", 3, "tokensign");
        b.addSandboxed("io.jwt.encode_sign_raw", 3, "tokensign");
        b.addSandboxed("crypto.x509.parse_certificates", 1, "crypto");
        b.addSandboxed("crypto.x509.parse_and_verify_certificates", 1, "crypto");
        b.addSandboxed("crypto.x509.parse_and_verify_certificates_with_options", 2, "crypto");
        b.addSandboxed("crypto.x509.parse_certificate_request", 1, "crypto");
        b.addSandboxed("crypto.x509.parse_keypair", 2, "crypto");
        b.addSandboxed("crypto.x509.parse_rsa_private_key", 1, "crypto");
        b.addSandboxed("crypto.parse_private_keys", 1, "crypto");
        b.addSandboxed("providers.aws.sign_req", 3, "providers.aws");
        b.addSandboxed("rego.parse_module", 2, "rego");

        // Not implemented (they would need a GraphQL parser, JSON Schema or Go templates);
        // declared so that policies naming them compile and fail clearly if called.
        for (String name : new String[] {"graphql.parse_query", "graphql.parse_schema", "graphql.schema_is_valid",
            "json.verify_schema"}) {
            b.addUnsupported(name, 1, name.substring(0, name.indexOf('.')));
        }
        for (String name : new String[] {"graphql.is_valid", "graphql.parse", "graphql.parse_and_verify",
            "json.match_schema", "strings.render_template"}) {
            b.addUnsupported(name, 2, name.substring(0, name.indexOf('.')));
        }

        b.addEvaluatorBuiltin("eq", 2, "assignment");
        b.addEvaluatorBuiltin("assign", 2, "assignment");
        b.addEvaluatorBuiltin("print", -1, "opa");
        b.addEvaluatorBuiltin("rego.metadata.rule", 0, "rego");
        b.addEvaluatorBuiltin("rego.metadata.chain", 0, "rego");
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.conformance.CaseFile;
import dev.authlint.rego.conformance.CaseLoader;
import dev.authlint.rego.conformance.ConformanceCase;
import dev.authlint.rego.conformance.Expected;
import dev.authlint.rego.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Parses and compiles the modules and query of every shared conformance case (OPA and regorus).
 * None of these cases expects a parse or compile error, so each must get through the front end.
 * Builtin coverage is not under test here: cases calling a builtin the registry does not have yet
 * are left out.
 */
class FrontEndConformanceTest {

    @Test
    void everyConformanceCaseParsesAndCompiles() throws Exception {
        String shared = System.getProperty("authlint.shared.dir");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "conformance")),
                "shared conformance cases not found (system property authlint.shared.dir); skipping");
        BuiltinRegistry registry = BuiltinRegistry.standard();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String suite : List.of("opa", "regorus")) {
            Path root = Path.of(shared, "conformance", suite);
            for (Path f : CaseLoader.findFiles(root)) {
                CaseFile file = CaseLoader.load(f, suite + "/" + root.relativize(f).toString().replace('\\', '/'));
                for (ConformanceCase c : file.cases()) {
                    if (c.upstreamSkip() || expectsFrontEndError(c)) {
                        continue;
                    }
                    RegoVersion version = c.regoV0() ? RegoVersion.V0 : RegoVersion.V1;
                    try {
                        List<Module> modules = new ArrayList<>();
                        for (int i = 0; i < c.modules().size(); i++) {
                            modules.add(Parser.parseModule(c.format().moduleName(i), c.modules().get(i), version));
                        }
                        Body query = c.query().isBlank() ? null : Parser.parseQuery(c.query(), version);
                        if (usesMissingBuiltin(modules, query, registry)) {
                            continue;
                        }
                        checked++;
                        CompiledPolicy policy = Compiler.compile(modules, registry::arity);
                        if (query != null) {
                            policy.compileQuery(query);
                        }
                    } catch (RegoException e) {
                        failures.add(c.id() + " :: " + e.getMessage());
                    }
                }
            }
        }
        assumeTrue(checked > 0, "no conformance cases found");
        assertEquals(List.of(), failures, failures.size() + " of " + checked + " cases failed to compile");
    }

    /** True if some call names neither a registered builtin nor a rule of one of the modules. */
    private static boolean usesMissingBuiltin(List<Module> modules, Body query, BuiltinRegistry registry) {
        Set<String> userNames = new HashSet<>();
        List<Call> calls = new ArrayList<>();
        Predicate<Term> collect = t -> {
            if (t instanceof Call call) {
                calls.add(call);
            }
            return false;
        };
        for (Module m : modules) {
            for (Rule r : m.rules()) {
                userNames.add(r.head().name());
                AstWalker.terms(r, collect);
            }
            m.imports().forEach(i -> userNames.add(i.name()));
        }
        if (query != null) {
            AstWalker.terms(query, collect);
        }
        for (Call call : calls) {
            Var head = call.operator().headVar();
            String name = call.name();
            boolean user = head == null || head.name().equals("data") || userNames.contains(head.name());
            if (!user && name != null && registry.arity(name) == null
                    && !name.equals(Operators.EQ) && !name.equals(Operators.ASSIGN)) {
                return true;
            }
        }
        return false;
    }

    /** Regorus error cases give no code, so they may fail anywhere; OPA's say rego_* when compile-time. */
    private static boolean expectsFrontEndError(ConformanceCase c) {
        return c.expected() instanceof Expected.Failure f && (f.code() == null || f.code().startsWith("rego_"))
                || c.expected() instanceof Expected.Malformed;
    }
}

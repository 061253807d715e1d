package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.parser.Parser;
import dev.authlint.rego.value.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The output of {@link Compiler}: compiled modules, the rule tree the evaluator walks, METADATA
 * annotations and test discovery. Immutable and safe to share between threads; compiling queries
 * against it creates no shared state.
 */
public final class CompiledPolicy {

    private final List<Module> modules;
    private final RuleTree ruleTree;
    private final AnnotationSet annotations;
    private final Map<String, String> rewrittenVars;
    private final Function<String, Integer> builtinArity;

    CompiledPolicy(List<Module> modules, RuleTree ruleTree, AnnotationSet annotations,
                   Map<String, String> rewrittenVars, Function<String, Integer> builtinArity) {
        this.modules = List.copyOf(modules);
        this.ruleTree = ruleTree;
        this.annotations = annotations;
        this.rewrittenVars = Map.copyOf(rewrittenVars);
        this.builtinArity = builtinArity;
    }

    /** The compiled modules, sorted by file name. */
    public List<Module> modules() {
        return modules;
    }

    /** The tree of data paths to rules; its root is {@code data}. */
    public RuleTree ruleTree() {
        return ruleTree;
    }

    /** Every rule (else chains hang off their first rule), in module order. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        modules.forEach(m -> out.addAll(m.rules()));
        return out;
    }

    /** The rules defined exactly at an absolute constant ref such as {@code data.pkg.f}. */
    public List<Rule> rulesAt(Ref ref) {
        return ruleTree.rulesExact(ref);
    }

    /** METADATA annotations, with the chain lookup used by {@code rego.metadata.chain()}. */
    public AnnotationSet annotations() {
        return annotations;
    }

    /** {@code rego.metadata.chain()} for a rule, as a value. */
    public Value metadataChain(Rule rule) {
        return RewriteRegoMetadataCalls.chain(annotations, rule);
    }

    /** {@code rego.metadata.rule()} for a rule, as a value ({@code {}} when it has none). */
    public Value metadataRule(Rule rule) {
        return RewriteRegoMetadataCalls.ruleAnnotations(annotations, rule);
    }

    /** Generated local name → the user's name, for messages about compiled rules. */
    public Map<String, String> rewrittenVars() {
        return rewrittenVars;
    }

    /**
     * The rules {@code opa test} would run, each path once, in module order: rules whose constant
     * path has an element starting with {@code test_} (or {@code todo_test_}, marked todo).
     */
    public List<TestRule> tests() {
        Map<String, TestRule> out = new LinkedHashMap<>();
        for (Module m : modules) {
            for (Rule r : m.rules()) {
                Ref path = r.path().groundPrefix();
                boolean test = false;
                boolean todo = false;
                for (Term t : path.path()) {
                    String s = t instanceof Scalar scalar ? scalar.stringValue() : null;
                    if (s != null && s.startsWith("test_")) {
                        test = true;
                    } else if (s != null && s.startsWith("todo_test_")) {
                        todo = true;
                    }
                }
                if (test || todo) {
                    String name = path.toString();
                    out.putIfAbsent(name, new TestRule(name, path, todo && !test, r.location()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** All METADATA blocks of the policy. */
    public List<Annotations> allAnnotations() {
        List<Annotations> out = new ArrayList<>();
        annotations.all().forEach(a -> out.add(a.annotations()));
        return out;
    }

    /** Parses (with v1 keywords) and compiles a query. */
    public CompiledQuery compileQuery(String query) {
        return compileQuery(Parser.parseQuery(query, RegoVersion.V1));
    }

    /**
     * Compiles a parsed query against this policy: locals renamed, calls and {@code with}
     * targets checked, body ordered for safety.
     *
     * @throws RegoException with OPA's codes
     */
    public CompiledQuery compileQuery(Body query) {
        Set<String> names = new HashSet<>();
        AstWalker.terms(query, t -> {
            if (t instanceof Var v) {
                names.add(v.name());
            }
            return false;
        });
        CompileContext ctx = new CompileContext(ruleTree, builtinArity, new LocalVarGenerator("q", names));
        Body body = RewriteLocalVars.rewriteQuery(ctx, query);
        failIfErrors(ctx);
        AstWalker.exprs(body, e -> CheckVoidCalls.check(ctx, e));
        CheckPrintCalls.checkBody(ctx, new Safety(ctx), CheckSafetyRuleBodies.reserved(), body);
        failIfErrors(ctx);
        List<Expr> checked = new ArrayList<>();
        for (Expr e : body.exprs()) {
            checked.add(CheckWithTargets.checkExpr(ctx, e));
        }
        body = new Body(checked, body.location());
        failIfErrors(ctx);
        CheckUndefinedFuncs.checkBody(ctx, body);
        failIfErrors(ctx);
        body = CheckSafetyRuleBodies.checkQuery(ctx, body);
        failIfErrors(ctx);

        Map<String, String> resultVars = new LinkedHashMap<>();
        for (Var v : VarVisitor.SAFETY.vars(body)) {
            String user = ctx.rewrittenVars.get(v.name());
            if (user != null) {
                resultVars.put(v.name(), user);
            } else if (!Safety.isGenerated(v.name()) && !v.name().equals("input") && !v.name().equals("data")) {
                resultVars.put(v.name(), v.name());
            }
        }
        return new CompiledQuery(body, resultVars);
    }

    private static void failIfErrors(CompileContext ctx) {
        if (ctx.failed()) {
            throw new RegoException(ctx.errors());
        }
    }
}

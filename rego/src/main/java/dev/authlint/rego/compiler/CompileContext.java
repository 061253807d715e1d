package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Mutable state of one compilation: the modules being rewritten, errors (with OPA's limit of
 * 10), the generated-var map and lookups shared by the stages.
 */
final class CompileContext {

    /** OPA's CompileErrorLimitDefault. */
    static final int ERROR_LIMIT = 10;

    /** Arities of operators and compiler-known builtins, used when the builtin lookup lacks them. */
    private static final Map<String, Integer> OPERATOR_ARITY = Map.ofEntries(
            Map.entry(Operators.EQ, 2), Map.entry(Operators.ASSIGN, 2),
            Map.entry("equal", 2), Map.entry("neq", 2), Map.entry("lt", 2), Map.entry("lte", 2),
            Map.entry("gt", 2), Map.entry("gte", 2), Map.entry("plus", 2), Map.entry("minus", 2),
            Map.entry("mul", 2), Map.entry("div", 2), Map.entry("rem", 2), Map.entry("and", 2),
            Map.entry("or", 2), Map.entry(Operators.MEMBER, 2), Map.entry(Operators.MEMBER_WITH_KEY, 3),
            Map.entry("print", -1), Map.entry("rego.metadata.rule", 0), Map.entry("rego.metadata.chain", 0),
            // Deprecated builtins stay known so v1 reports them as deprecated, not undefined.
            Map.entry("any", 1), Map.entry("all", 1), Map.entry("re_match", 2), Map.entry("set_diff", 2),
            Map.entry("net.cidr_overlap", 2), Map.entry("cast_array", 1), Map.entry("cast_set", 1),
            Map.entry("cast_string", 1), Map.entry("cast_boolean", 1), Map.entry("cast_null", 1),
            Map.entry("cast_object", 1));

    private final Function<String, Integer> builtinArity;
    private List<Module> modules;
    private RuleTree ruleTree;
    private final List<RegoError> errors = new ArrayList<>();
    private boolean limitReached;
    /** Generated var name → the user's name. */
    final Map<String, String> rewrittenVars = new HashMap<>();
    final LocalVarGenerator vars;
    AnnotationSet annotationSet = AnnotationSet.EMPTY;

    CompileContext(List<Module> modules, Function<String, Integer> builtinArity, LocalVarGenerator vars) {
        this.modules = List.copyOf(modules);
        this.builtinArity = builtinArity;
        this.vars = vars;
    }

    /** A context for compiling a query against an already compiled policy. */
    CompileContext(RuleTree tree, Function<String, Integer> builtinArity, LocalVarGenerator vars) {
        this(List.of(), builtinArity, vars);
        this.ruleTree = tree;
    }

    List<Module> modules() {
        return modules;
    }

    /** Replaces every module's rules (else chains included) through {@code f}. */
    void rewriteRules(UnaryOperator<Rule> f) {
        List<Module> out = new ArrayList<>(modules.size());
        for (Module m : modules) {
            List<Rule> rules = new ArrayList<>(m.rules().size());
            for (Rule r : m.rules()) {
                rules.add(f.apply(r));
            }
            out.add(m.withRules(rules));
        }
        setModules(out);
    }

    void setModules(List<Module> newModules) {
        modules = List.copyOf(newModules);
        ruleTree = null;
    }

    /** The rule tree of the current modules (rebuilt lazily after rewrites). */
    RuleTree ruleTree() {
        if (ruleTree == null) {
            ruleTree = RuleTree.build(modules);
        }
        return ruleTree;
    }

    /** True if a builtin (or generated operator) with this dotted name exists. */
    boolean isBuiltin(String name) {
        return name != null && (OPERATOR_ARITY.containsKey(name) || builtinArity.apply(name) != null);
    }

    /** Builtin arity: -1 variadic, null unknown. */
    Integer builtinArity(String name) {
        if (name == null) {
            return null;
        }
        Integer a = builtinArity.apply(name);
        return a != null ? a : OPERATOR_ARITY.get(name);
    }

    /**
     * OPA's GetArity: a builtin's declared arity, else the argument count of the function rules at
     * exactly this ref, else -1 (unknown). Variadic builtins report -1 as well.
     */
    int arity(Ref operator) {
        Integer builtin = builtinArity(operator.toDottedName());
        if (builtin != null) {
            return builtin;
        }
        List<Rule> rules = ruleTree().rulesExact(operator);
        return rules.isEmpty() ? -1 : rules.get(0).head().args().size();
    }

    Function<String, Integer> builtinArityLookup() {
        return builtinArity;
    }

    /** The user's name for a var (generated locals map back; others are unchanged). */
    String userName(Var v) {
        return rewrittenVars.getOrDefault(v.name(), v.name());
    }

    /** Records an error; returns false once the error limit has been reached (callers should stop). */
    boolean error(String code, Location at, String format, Object... args) {
        return error(RegoError.of(code, at, format, args));
    }

    boolean error(RegoError error) {
        if (limitReached) {
            return false;
        }
        errors.add(error);
        if (errors.size() >= ERROR_LIMIT) {
            limitReached = true;
            errors.add(new RegoError(RegoError.COMPILE_ERROR, "error limit reached", null));
            return false;
        }
        return true;
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    List<RegoError> errors() {
        return errors;
    }
}

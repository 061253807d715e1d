package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Import;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes references absolute: rule names of the package become {@code data.<pkg>.<rule>}, import
 * names expand to the imported path. Locally declared variables ({@code :=}, {@code some},
 * {@code every}, function arguments) shadow both.
 *
 * <pre>
 * package a.b            package a.b
 * import data.lib.k8s    q if data.lib.k8s.is_admin(input.user)
 * q if k8s.is_admin(input.user)   ==>   p if data.a.b.q
 * p if q
 * </pre>
 */
final class ResolveRefs implements CompilerStage {

    @Override
    public String name() {
        return "ResolveRefs";
    }

    @Override
    public void run(CompileContext ctx) {
        // Rule names are exported across all modules of a package.
        Map<Ref, Set<String>> exports = new HashMap<>();
        Map<Ref, Set<String>> functions = new HashMap<>();
        for (Module m : ctx.modules()) {
            Set<String> names = exports.computeIfAbsent(m.pkg().path(), k -> new HashSet<>());
            Set<String> fns = functions.computeIfAbsent(m.pkg().path(), k -> new HashSet<>());
            for (Rule r : m.rules()) {
                names.add(r.head().name());
                if (r.kind() == dev.authlint.rego.ast.RuleKind.FUNCTION) {
                    fns.add(r.head().name());
                }
            }
        }
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            Map<String, Ref> globals = globals(m.pkg().path(), exports.getOrDefault(m.pkg().path(), Set.of()),
                    m.imports());
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(resolveRule(ctx, globals, functions.getOrDefault(m.pkg().path(), Set.of()), r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    static Map<String, Ref> globals(Ref pkg, Set<String> ruleNames, List<Import> imports) {
        Map<String, Ref> globals = new LinkedHashMap<>();
        for (String name : ruleNames) {
            globals.put(name, pkg.append(List.of(Scalar.string(name, pkg.location()))));
        }
        for (Import imp : imports) {
            if (!imp.isLanguageImport()) {
                globals.put(imp.name(), imp.path());
            }
        }
        return globals;
    }

    private Rule resolveRule(CompileContext ctx, Map<String, Ref> globals, Set<String> functions, Rule rule) {
        Set<String> argVars = new HashSet<>();
        for (Term arg : rule.head().args()) {
            collectPatternVars(arg, argVars);
        }
        for (String root : List.of("input", "data")) {
            if (argVars.contains(root)) {
                ctx.error(RegoError.COMPILE_ERROR, rule.location(),
                        "args must not shadow %s (use a different variable name)", root);
            }
        }
        Resolver resolver = new Resolver(globals, name -> ctx.isBuiltin(name) && !functions.contains(name));
        resolver.ignore.push(argVars);
        resolver.ignore.push(declaredVars(rule.body()));
        return resolver.rule(rule);
    }

    /** Vars of a function argument that can be bound by pattern matching (OPA skips sets, calls, closures, object keys). */
    private static void collectPatternVars(Term t, Set<String> out) {
        if (t instanceof Var v) {
            out.add(v.name());
        } else if (t instanceof Ref r) {
            collectPatternVars(r.head(), out);
            r.path().forEach(x -> collectPatternVars(x, out));
        } else if (t instanceof ArrayTerm a) {
            a.elements().forEach(x -> collectPatternVars(x, out));
        } else if (t instanceof ObjectTerm o) {
            o.entries().forEach(e -> collectPatternVars(e.value(), out));
        }
    }

    /** Vars declared in a body by `:=`, `some` and `some ... in` (not inside nested closures). */
    static Set<String> declaredVars(Body body) {
        Set<String> out = new HashSet<>();
        for (Expr e : body.exprs()) {
            if (e.isCall(Operators.ASSIGN) && e.call().args().size() == 2) {
                VarVisitor.names(e.call().args().get(0), out);
            } else if (e.statement() instanceof SomeDecl d) {
                d.vars().forEach(v -> out.add(v.name()));
            } else if (e.statement() instanceof SomeIn in) {
                if (in.key() != null) {
                    VarVisitor.names(in.key(), out);
                }
                VarVisitor.names(in.value(), out);
            }
        }
        return out;
    }

    /** Rewrites one rule with a stack of names that must not be resolved. */
    private static final class Resolver extends AstTransformer {
        final Map<String, Ref> globals;
        final Deque<Set<String>> ignore = new ArrayDeque<>();
        /** Builtin names that a same-named non-function rule must not capture in call position. */
        final java.util.function.Predicate<String> keepBuiltin;

        Resolver(Map<String, Ref> globals, java.util.function.Predicate<String> keepBuiltin) {
            this.globals = globals;
            this.keepBuiltin = keepBuiltin;
        }

        boolean ignored(String name) {
            for (Set<String> s : ignore) {
                if (s.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Ref headRef(Ref ref) {
            // Element 0 is the rule's own name, never resolved.
            List<Term> path = terms(ref.path());
            return path == ref.path() ? ref : new Ref(ref.head(), path, ref.location());
        }

        @Override
        Ref ref(Ref ref) {
            return resolveRef(ref);
        }

        private Ref resolveRef(Ref ref) {
            Term head = ref.head();
            List<Term> path = terms(ref.path());
            if (head instanceof Var v && globals.containsKey(v.name()) && !ignored(v.name())) {
                return relocate(globals.get(v.name()), v).append(path);
            }
            Term newHead = head instanceof Var ? head : term(head);
            if (newHead == head && path == ref.path()) {
                return ref;
            }
            return new Ref(newHead, path, ref.location());
        }

        @Override
        Term term(Term t) {
            if (t instanceof Var v) {
                if (globals.containsKey(v.name()) && !ignored(v.name())) {
                    return relocate(globals.get(v.name()), v);
                }
                return v;
            }
            if (t instanceof Ref r) {
                return resolveRef(r);
            }
            if (t instanceof ArrayComprehension || t instanceof SetComprehension
                    || t instanceof ObjectComprehension) {
                ignore.push(declaredVars(AstWalker.closureBody(t)));
                try {
                    return super.term(t);
                } finally {
                    ignore.pop();
                }
            }
            if (t instanceof Call c) {
                // A call of a rule name in this package or an import resolves like any ref, except
                // that a rule such as `lt := 1 < 2` does not capture the `<` operator's builtin.
                Ref operator = c.operator();
                Var head = operator.headVar();
                boolean builtin = head != null && operator.path().isEmpty() && keepBuiltin.test(head.name());
                return new Call(builtin ? operator : resolveRef(operator), terms(c.args()), c.location());
            }
            return super.term(t);
        }

        @Override
        Expr expr(Expr expr) {
            if (expr.statement() instanceof Every ev) {
                Set<String> locals = new HashSet<>();
                if (ev.key() != null) {
                    VarVisitor.names(ev.key(), locals);
                }
                VarVisitor.names(ev.value(), locals);
                Term domain = term(ev.domain());
                ignore.push(locals);
                ignore.push(declaredVars(ev.body()));
                Body body;
                try {
                    body = body(ev.body());
                } finally {
                    ignore.pop();
                    ignore.pop();
                }
                Expr rewritten = expr.withStatement(new Every(ev.key(), ev.value(), domain, body, ev.location()));
                return rewritten.withWiths(rewritten.withs().stream().map(this::with).toList());
            }
            if (expr.statement() instanceof SomeIn in) {
                // Key and value are declared by `some`; only the collection resolves.
                Expr rewritten = expr.withStatement(new SomeIn(in.key(), in.value(), term(in.collection()),
                        in.location()));
                return rewritten.withWiths(rewritten.withs().stream().map(this::with).toList());
            }
            return super.expr(expr);
        }

        /** A copy of a global's ref located at the var it replaces, so errors point at the use. */
        private static Ref relocate(Ref global, Var at) {
            List<Term> path = new ArrayList<>(global.path().size());
            for (Term t : global.path()) {
                path.add(t instanceof Scalar s ? new Scalar(s.value(), at.location()) : t);
            }
            return new Ref(new Var(((Var) global.head()).name(), at.location()), path, at.location());
        }
    }

}

package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleHead;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;
import dev.authlint.rego.compiler.LocalScopes.Occurrence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every declared local a unique generated name and enforces Rego's scoping rules, as OPA's
 * RewriteLocalVars stage.
 *
 * <pre>
 * f(x) := y if { y := x + 1; some z in input.zs; z &gt; y }
 *   ==&gt;
 * f(__local0__) := __local1__ if { __local1__ = __local0__ + 1; __local2__ = input.zs[__local3__]; __local2__ &gt; __local1__ }
 * </pre>
 *
 * <p>{@code :=} becomes unification, {@code some x} declarations disappear, {@code some ... in}
 * becomes {@code value = collection[key]}, {@code every} keeps its shape with renamed key and
 * value. Errors: "var x assigned above", "var x referenced above", "var x declared above",
 * "arg x redeclared", "declared var x unused", "cannot assign to ref", "cannot assign vars inside
 * negated expression", "called function f shadowed", "rule arguments cannot contain calls".
 */
final class RewriteLocalVars implements CompilerStage {

    @Override
    public String name() {
        return "RewriteLocalVars";
    }

    @Override
    public void run(CompileContext ctx) {
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(rewriteRule(ctx, r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    private Rule rewriteRule(CompileContext ctx, Rule rule) {
        LocalScopes argScopes = new LocalScopes();
        Rewriter argRewriter = new Rewriter(ctx, argScopes);
        List<Term> args = new ArrayList<>();
        for (Term a : rule.head().args()) {
            args.add(argRewriter.arg(a));
        }
        List<Rule> chain = rule.elseChain();
        List<Rule> rewritten = new ArrayList<>();
        for (Rule r : chain) {
            rewritten.add(rewriteOne(ctx, r.withHead(withArgs(r.head(), args)), argScopes));
        }
        Rule result = rewritten.get(rewritten.size() - 1);
        for (int i = rewritten.size() - 2; i >= 0; i--) {
            result = rewritten.get(i).withElse(result);
        }
        return result;
    }

    private static RuleHead withArgs(RuleHead h, List<Term> args) {
        return new RuleHead(h.ref(), h.kind(), args, h.key(), h.value(), h.assign(), h.location());
    }

    private Rule rewriteOne(CompileContext ctx, Rule rule, LocalScopes argScopes) {
        RuleHead head = rule.head();
        // Comprehensions in the head have their own scopes and are rewritten first.
        HeadClosures closures = new HeadClosures(ctx, argScopes);
        head = new RuleHead(head.ref(), head.kind(), head.args(),
                head.key() == null ? null : closures.term(head.key()),
                head.value() == null ? null : closures.term(head.value()), head.assign(), head.location());

        Set<String> used = new HashSet<>();
        for (Term t : head.ref().path()) {
            VarVisitor.names(t, used);
        }
        if (head.key() != null) {
            VarVisitor.names(head.key(), used);
        }
        if (head.value() != null) {
            VarVisitor.names(head.value(), used);
        }

        LocalScopes scopes = argScopes.copy();
        Rewriter rewriter = new Rewriter(ctx, scopes);
        Body body = rewriter.body(rule.body(), used);
        ctx.rewrittenVars.putAll(scopes.rewritten);

        // Head vars that refer to locals declared at the top of the body take their new names.
        Map<String, String> declared = scopes.topNames();
        AstTransformer headVars = new AstTransformer() {
            @Override
            Term term(Term t) {
                if (t instanceof Var v) {
                    String g = declared.get(v.name());
                    return g == null || g.equals(v.name()) ? v : new Var(g, v.location());
                }
                if (AstWalker.isClosure(t)) {
                    return t;
                }
                return super.term(t);
            }
        };
        List<Term> refPath = headVars.terms(head.ref().path());
        RuleHead newHead = new RuleHead(new Ref(head.ref().head(), refPath, head.ref().location()), head.kind(),
                headVars.terms(head.args()), head.key() == null ? null : headVars.term(head.key()),
                head.value() == null ? null : headVars.term(head.value()), head.assign(), head.location());
        return new Rule(rule.pkg(), newHead, body, null, rule.isDefault(), rule.annotations(), rule.location());
    }

    /**
     * Rewrites the locals of comprehensions that appear in a rule head, each in a fresh scope that
     * sees the function's arguments ({@code f(x) := [y | some y in x]}).
     */
    private static final class HeadClosures extends AstTransformer {
        private final CompileContext ctx;
        private final LocalScopes argScopes;

        HeadClosures(CompileContext ctx, LocalScopes argScopes) {
            this.ctx = ctx;
            this.argScopes = argScopes;
        }

        @Override
        Term term(Term t) {
            if (AstWalker.isClosure(t)) {
                LocalScopes scopes = argScopes.copy();
                Term out = new Rewriter(ctx, scopes).term(t);
                ctx.rewrittenVars.putAll(scopes.rewritten);
                return out;
            }
            return super.term(t);
        }
    }

    /** Compiles a query body: the same rewrite with a fresh scope. Returns the generated → user map. */
    static Body rewriteQuery(CompileContext ctx, Body query) {
        LocalScopes scopes = new LocalScopes();
        Body body = new Rewriter(ctx, scopes).body(query, Set.of());
        ctx.rewrittenVars.putAll(scopes.rewritten);
        return body;
    }

    /** The rewriting walk over one rule (or query), sharing one scope stack. */
    static final class Rewriter extends AstTransformer {
        private final CompileContext ctx;
        private final LocalScopes scopes;

        Rewriter(CompileContext ctx, LocalScopes scopes) {
            this.ctx = ctx;
            this.scopes = scopes;
        }

        /** A function argument: its vars become generated arg names (a repeated var keeps one name). */
        Term arg(Term t) {
            if (t instanceof Var v) {
                String g = scopes.declared(v.name());
                if (g == null) {
                    g = ctx.vars.next();
                    scopes.insert(v.name(), g, Occurrence.ARG);
                }
                return new Var(g, v.location());
            }
            if (t instanceof ObjectTerm o) {
                List<ObjectTerm.Entry> entries = new ArrayList<>();
                for (ObjectTerm.Entry e : o.entries()) {
                    entries.add(new ObjectTerm.Entry(e.key(), arg(e.value())));
                }
                return new ObjectTerm(entries, o.location());
            }
            if (t instanceof Call c) {
                ctx.error(RegoError.COMPILE_ERROR, c.location(), "rule arguments cannot contain calls");
                return t;
            }
            if (t instanceof ArrayTerm a) {
                List<Term> elements = new ArrayList<>();
                a.elements().forEach(x -> elements.add(arg(x)));
                return new ArrayTerm(elements, a.location());
            }
            if (t instanceof Ref r) {
                List<Term> path = new ArrayList<>();
                r.path().forEach(x -> path.add(arg(x)));
                return new Ref(arg(r.head()), path, r.location());
            }
            return t; // scalars, sets and comprehensions cannot bind
        }

        /** Rewrites a body in the current scope; {@code used} are head vars that count as uses. */
        Body body(Body body, Set<String> used) {
            int errorsBefore = ctx.errors().size();
            List<Expr> out = new ArrayList<>();
            for (Expr e : body.exprs()) {
                Expr rewritten;
                if (e.isCall(Operators.ASSIGN) && e.call().args().size() == 2) {
                    rewritten = assignment(e);
                } else if (e.statement() instanceof SomeDecl d) {
                    for (Var v : d.vars()) {
                        declare(v.name(), Occurrence.DECLARED, d.location());
                    }
                    rewritten = null;
                } else if (e.statement() instanceof SomeIn in) {
                    rewritten = someIn(e, in);
                } else if (e.statement() instanceof Every ev) {
                    rewritten = every(e, ev);
                } else {
                    rewritten = expr(e);
                }
                if (rewritten != null) {
                    out.add(rewritten);
                }
            }
            if (out.isEmpty()) {
                // A body of only `some` declarations still needs an expression.
                out.add(Expr.of(new Scalar(dev.authlint.rego.value.BooleanValue.TRUE, body.location())));
            }
            Body result = new Body(out, body.location());
            if (ctx.errors().size() == errorsBefore) {
                checkUnusedDeclared(body, result, used);
            }
            return result;
        }

        private void checkUnusedDeclared(Body original, Body rewritten, Set<String> used) {
            Map<String, String> declared = scopes.topNames(Occurrence.DECLARED);
            if (declared.isEmpty()) {
                return;
            }
            Set<String> bodyVars = new HashSet<>();
            rewritten.exprs().forEach(e -> VarVisitor.ALL.vars(e).forEach(v -> bodyVars.add(v.name())));
            for (String u : used) {
                String g = scopes.declared(u);
                bodyVars.add(g == null ? u : g);
            }
            TreeMap<String, String> unused = new TreeMap<>();
            declared.forEach((name, generated) -> {
                if (!bodyVars.contains(generated) && !used.contains(generated)) {
                    unused.put(generated, name);
                }
            });
            for (String name : unused.values()) {
                if (name.startsWith(Var.WILDCARD_PREFIX) || name.startsWith(LocalVarGenerator.PREFIX)) {
                    continue;
                }
                Location at = original.exprs().get(0).location();
                for (Expr e : original.exprs()) {
                    if (declaresName(e, name)) {
                        at = e.location();
                        break;
                    }
                }
                ctx.error(RegoError.COMPILE_ERROR, at, "declared var %s unused", name);
            }
        }

        private static boolean declaresName(Expr e, String name) {
            if (e.statement() instanceof SomeDecl d) {
                return d.vars().stream().anyMatch(v -> v.name().equals(name));
            }
            if (e.statement() instanceof SomeIn in) {
                Set<String> names = new HashSet<>();
                if (in.key() != null) {
                    VarVisitor.names(in.key(), names);
                }
                VarVisitor.names(in.value(), names);
                return names.contains(name);
            }
            return false;
        }

        private Expr assignment(Expr e) {
            Call call = e.call();
            if (e.negated()) {
                ctx.error(RegoError.COMPILE_ERROR, e.location(), "cannot assign vars inside negated expression");
                return e;
            }
            int before = ctx.errors().size();
            // The right-hand side and with values are rewritten before the new names exist.
            Term rhs = term(call.args().get(1));
            List<With> withs = new ArrayList<>();
            for (With w : e.withs()) {
                withs.add(with(w));
            }
            Term lhs = assignTarget(call.args().get(0));
            if (ctx.errors().size() != before) {
                return e;
            }
            Call eq = Call.of(Operators.EQ, call.location(), lhs, rhs);
            return new Expr(eq, false, withs, e.location());
        }

        private Term assignTarget(Term t) {
            if (t instanceof Var v) {
                String g = declare(v.name(), Occurrence.ASSIGNED, v.location());
                return g == null ? v : new Var(g, v.location());
            }
            if (t instanceof ArrayTerm a) {
                List<Term> elements = new ArrayList<>();
                a.elements().forEach(x -> elements.add(assignTarget(x)));
                return new ArrayTerm(elements, a.location());
            }
            if (t instanceof ObjectTerm o) {
                List<ObjectTerm.Entry> entries = new ArrayList<>();
                o.entries().forEach(x -> entries.add(new ObjectTerm.Entry(x.key(), assignTarget(x.value()))));
                return new ObjectTerm(entries, o.location());
            }
            ctx.error(RegoError.COMPILE_ERROR, t.location(), "cannot assign to %s", valueName(t));
            return t;
        }

        static String valueName(Term t) {
            if (t instanceof Scalar s) {
                return s.value().typeName();
            }
            if (t instanceof Ref) {
                return "ref";
            }
            if (t instanceof Call) {
                return "call";
            }
            if (t instanceof SetTerm) {
                return "set";
            }
            if (t instanceof ArrayComprehension) {
                return "arraycomprehension";
            }
            if (t instanceof SetComprehension) {
                return "setcomprehension";
            }
            if (t instanceof ObjectComprehension) {
                return "objectcomprehension";
            }
            return "var";
        }

        /** Declares a var in the innermost scope; returns its generated name or null after an error. */
        private String declare(String name, Occurrence occurrence, Location at) {
            Occurrence previous = scopes.occurrence(name);
            if (previous != null) {
                String message = switch (previous) {
                    case SEEN -> "var %s referenced above";
                    case ASSIGNED -> "var %s assigned above";
                    case DECLARED -> "var %s declared above";
                    case ARG -> "arg %s redeclared";
                };
                ctx.error(RegoError.COMPILE_ERROR, at, message, name);
                return null;
            }
            String generated = ctx.vars.next();
            scopes.insert(name, generated, occurrence);
            return generated;
        }

        private Expr someIn(Expr e, SomeIn in) {
            Term key = in.key() != null ? in.key() : new Var(ctx.vars.next(), in.location());
            Term collection = in.collection();
            Ref rhs = collection instanceof Ref r ? r.append(List.of(key))
                    : new Ref(collection, List.of(key), collection.location());
            Set<String> outputs = new java.util.TreeSet<>();
            VarVisitor.UNIFY.vars(key).forEach(v -> outputs.add(v.name()));
            VarVisitor.UNIFY.vars(in.value()).forEach(v -> outputs.add(v.name()));
            for (String name : outputs) {
                declare(name, Occurrence.DECLARED, in.location());
            }
            Expr eq = new Expr(Call.of(Operators.EQ, in.location(), in.value(), rhs), e.negated(), e.withs(),
                    e.location());
            return expr(eq);
        }

        private Expr every(Expr e, Every ev) {
            Term domain = term(ev.domain());
            scopes.push();
            try {
                Term key;
                if (ev.key() == null) {
                    key = new Var(ctx.vars.next(), ev.location());
                } else {
                    key = declaredLoopVar(ev.key(), ev.location());
                }
                Term value = declaredLoopVar(ev.value(), ev.location());
                Body body = body(ev.body(), Set.of());
                List<With> withs = new ArrayList<>();
                for (With w : e.withs()) {
                    withs.add(with(w));
                }
                return new Expr(new Every(key, value, domain, body, ev.location()), e.negated(), withs, e.location());
            } finally {
                scopes.pop();
            }
        }

        private Term declaredLoopVar(Term t, Location at) {
            if (t instanceof Var v && !v.isWildcard()) {
                String g = declare(v.name(), Occurrence.DECLARED, at);
                return g == null ? v : new Var(g, v.location());
            }
            return t;
        }

        @Override
        With with(With w) {
            // `with input as ...` targets the input document even if a local shadows `input`.
            Term target = w.target();
            boolean inputTarget = target instanceof Var v && v.name().equals("input")
                    || target instanceof Ref r && r.hasHead("input");
            Term newTarget = inputTarget ? target : term(target);
            Term value = term(w.value());
            return new With(newTarget, value, w.location());
        }

        @Override
        Term term(Term t) {
            if (t instanceof Var v) {
                String g = scopes.declared(v.name());
                if (g != null) {
                    return g.equals(v.name()) ? v : new Var(g, v.location());
                }
                if (scopes.occurrence(v.name()) == null) {
                    scopes.insert(v.name(), v.name(), Occurrence.SEEN);
                }
                return v;
            }
            if (t instanceof Call c) {
                Var head = c.operator().headVar();
                if (head != null) {
                    String g = scopes.declared(head.name());
                    if (g != null && !g.equals(head.name())) {
                        ctx.error(RegoError.COMPILE_ERROR, c.location(), "called function %s shadowed", c.operator());
                    }
                }
                return new Call(c.operator(), terms(c.args()), c.location());
            }
            if (t instanceof ArrayComprehension c) {
                scopes.push();
                try {
                    Set<String> used = new HashSet<>();
                    VarVisitor.names(c.term(), used);
                    Body body = body(c.body(), used);
                    return new ArrayComprehension(term(c.term()), body, c.location());
                } finally {
                    scopes.pop();
                }
            }
            if (t instanceof SetComprehension c) {
                scopes.push();
                try {
                    Set<String> used = new HashSet<>();
                    VarVisitor.names(c.term(), used);
                    Body body = body(c.body(), used);
                    return new SetComprehension(term(c.term()), body, c.location());
                } finally {
                    scopes.pop();
                }
            }
            if (t instanceof ObjectComprehension c) {
                scopes.push();
                try {
                    Set<String> used = new HashSet<>();
                    VarVisitor.names(c.key(), used);
                    VarVisitor.names(c.value(), used);
                    Body body = body(c.body(), used);
                    return new ObjectComprehension(term(c.key()), term(c.value()), body, c.location());
                } finally {
                    scopes.pop();
                }
            }
            return super.term(t);
        }
    }
}

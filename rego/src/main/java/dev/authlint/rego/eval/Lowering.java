package dev.authlint.rego.eval;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Terms;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;
import dev.authlint.rego.builtins.BuiltinDecl;
import dev.authlint.rego.eval.plan.DataNode;
import dev.authlint.rego.eval.plan.FunctionRef;
import dev.authlint.rego.eval.plan.Goal;
import dev.authlint.rego.eval.plan.Operand;
import dev.authlint.rego.eval.plan.Step;
import dev.authlint.rego.eval.plan.WithModifier;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Lowers AST bodies and terms of one module into plan steps and operands. */
final class Lowering {

    private static final Operand.InputRoot INPUT = new Operand.InputRoot();
    private static final Operand.DataRoot DATA = new Operand.DataRoot();

    private final Planner planner;
    private final Planner.ModuleContext ctx;

    Lowering(Planner planner, Planner.ModuleContext ctx) {
        this.planner = planner;
        this.ctx = ctx;
    }

    // --- bodies -----------------------------------------------------------------------------------

    /**
     * Lowers {@code body} in {@code scope}: declares its variables, orders it for safety, and
     * lowers each expression. {@code valueSlots} gives query expressions a slot for their value.
     */
    Step[] body(Body body, Scope scope, Set<String> boundNames, Map<Expr, Integer> valueSlots) {
        return body(body, scope, boundNames, valueSlots, false);
    }

    /** As above; {@code keepFalse} captures a false value of the (single) query expression. */
    Step[] body(Body body, Scope scope, Set<String> boundNames, Map<Expr, Integer> valueSlots, boolean keepFalse) {
        List<Expr> exprs = body.exprs();
        for (Expr e : exprs) {
            declareHere(e, scope);
        }
        Set<String> bound = new java.util.HashSet<>(boundNames);
        List<Expr> ordered = SafetyOrder.order(exprs, name -> isLocalName(name, scope), bound, this::arityOf);
        Step[] steps = new Step[ordered.size()];
        for (int i = 0; i < steps.length; i++) {
            Expr e = ordered.get(i);
            Integer slot = valueSlots.get(e);
            steps[i] = step(e, scope, slot == null ? -1 : slot, keepFalse);
        }
        return steps;
    }

    private boolean isLocalName(String name, Scope scope) {
        return scope.lookup(name) >= 0;
    }

    /** Declares the variables an expression introduces at this level (not inside closures). */
    private void declareHere(Expr e, Scope scope) {
        if (e.statement() instanceof Call c && c.isOperator("assign") && c.args().size() == 2) {
            Terms.walkVars(c.args().get(0), v -> {
                if (!scope.declaresHere(v.name())) {
                    scope.declare(v.name());
                }
            });
        } else if (e.statement() instanceof SomeDecl s) {
            for (Var v : s.vars()) {
                if (!scope.declaresHere(v.name())) {
                    scope.declare(v.name());
                }
            }
        } else if (e.statement() instanceof SomeIn s) {
            Consumer<Var> declare = v -> {
                if (!scope.declaresHere(v.name())) {
                    scope.declare(v.name());
                }
            };
            if (s.key() != null) {
                Terms.walkVars(s.key(), declare);
            }
            Terms.walkVars(s.value(), declare);
        }
        visitLevelVars(e, v -> {
            String name = v.name();
            if (scope.lookup(name) < 0 && !isGlobalName(name)) {
                scope.declare(name);
            }
        });
    }

    /** Visits the vars of {@code e} outside comprehension and {@code every} bodies. */
    private static void visitLevelVars(Expr e, Consumer<Var> visitor) {
        if (e.statement() instanceof Term t) {
            levelVars(t, visitor);
        } else if (e.statement() instanceof SomeIn s) {
            if (s.key() != null) {
                levelVars(s.key(), visitor);
            }
            levelVars(s.value(), visitor);
            levelVars(s.collection(), visitor);
        } else if (e.statement() instanceof Every ev) {
            levelVars(ev.domain(), visitor);
        }
        for (With w : e.withs()) {
            // A dotted name as a with value may name a function (`with f as count`): not a variable.
            boolean dottedName = w.value() instanceof Var
                    || (w.value() instanceof Ref r && r.toDottedName() != null);
            if (!dottedName) {
                levelVars(w.value(), visitor);
            }
        }
    }

    private static void levelVars(Term t, Consumer<Var> visitor) {
        if (t instanceof Var v) {
            visitor.accept(v);
        } else if (t instanceof Ref r) {
            levelVars(r.head(), visitor);
            r.path().forEach(p -> levelVars(p, visitor));
        } else if (t instanceof ArrayTerm a) {
            a.elements().forEach(x -> levelVars(x, visitor));
        } else if (t instanceof SetTerm s) {
            s.elements().forEach(x -> levelVars(x, visitor));
        } else if (t instanceof ObjectTerm o) {
            o.entries().forEach(x -> {
                levelVars(x.key(), visitor);
                levelVars(x.value(), visitor);
            });
        } else if (t instanceof Call c) {
            c.args().forEach(x -> levelVars(x, visitor));
        }
    }

    private boolean isGlobalName(String name) {
        return name.equals("input") || name.equals("data") || ctx.ruleNames().contains(name)
                || ctx.imports().containsKey(name);
    }

    private Step step(Expr e, Scope scope, int valueSlot, boolean keepFalse) {
        Goal goal = goal(e, scope, valueSlot >= 0);
        WithModifier[] withs = new WithModifier[e.withs().size()];
        for (int i = 0; i < withs.length; i++) {
            withs[i] = with(e.withs().get(i), scope);
        }
        return new Step(goal, e.negated(), withs, e.location(), valueSlot, keepFalse && !e.negated());
    }

    private Goal goal(Expr e, Scope scope, boolean queryValue) {
        if (e.statement() instanceof SomeDecl) {
            return new Goal.Succeed();
        }
        if (e.statement() instanceof SomeIn s) {
            Operand key = s.key() == null ? new Operand.Local(scope.anonymous(), "_") : term(s.key(), scope);
            Operand collection = term(s.collection(), scope);
            return new Goal.Unify(term(s.value(), scope), ref(collection, new Operand[] {key}));
        }
        if (e.statement() instanceof Every ev) {
            Operand domain = term(ev.domain(), scope);
            Scope inner = scope.child();
            Operand.Local key = null;
            if (ev.key() != null) {
                key = new Operand.Local(inner.declare(((Var) ev.key()).name()), ev.key().toString());
            }
            Operand.Local value = new Operand.Local(inner.declare(((Var) ev.value()).name()), ev.value().toString());
            Step[] body = body(ev.body(), inner, Set.of(), Map.of());
            return new Goal.Every(key, value, domain, new dev.authlint.rego.eval.plan.Body(body));
        }
        if (e.statement() instanceof Call c) {
            List<Term> args = c.args();
            if ((c.isOperator("eq") || c.isOperator("assign")) && args.size() == 2) {
                return new Goal.Unify(term(args.get(0), scope), term(args.get(1), scope));
            }
            // After safety ordering both sides of == are bound, so unification decides it without a
            // builtin call (OPA's RewriteEquals). A query keeps the call: its value may be false.
            if (c.isOperator("equal") && args.size() == 2 && !queryValue && !e.negated()) {
                return new Goal.Unify(term(args.get(0), scope), term(args.get(1), scope));
            }
            FunctionRef fn = function(c.operator(), c);
            int arity = fn.arity();
            if (arity >= 0 && args.size() == arity + 1) {
                Operand[] in = terms(args.subList(0, arity), scope);
                Operand out = term(args.get(arity), scope);
                return new Goal.CallGoal(new Operand.CallOp(fn, in, c.location()), out);
            }
            return new Goal.CallGoal(new Operand.CallOp(fn, terms(args, scope), c.location()), null);
        }
        return new Goal.Truthy(term((Term) e.statement(), scope));
    }

    // --- with -------------------------------------------------------------------------------------

    private WithModifier with(With w, Scope scope) {
        Ref target = w.target() instanceof Ref r ? r
                : w.target() instanceof Var v ? new Ref(v, List.of(), v.location()) : null;
        if (target == null) {
            throw Planner.planError(RegoError.TYPE_ERROR, "with keyword target must reference existing input, data, or a function",
                    w.location());
        }
        Ref absolute = absolute(target);
        Operand valueOperand = null;
        FunctionRef replacement = functionNamed(w.value(), scope);
        if (replacement == null) {
            valueOperand = term(w.value(), scope);
        }
        if (absolute.hasHead("input")) {
            return new WithModifier.Input(constantPath(absolute), valueOrConst(valueOperand, replacement, w));
        }
        if (absolute.hasHead("data")) {
            Value[] path = constantPath(absolute);
            DataNode node = planner.nodeAt(Arrays.asList(path));
            if (node != null && node.isFunction()) {
                return new WithModifier.Function(node.path(), replacement, valueOperand);
            }
            return new WithModifier.Data(path, valueOrConst(valueOperand, replacement, w));
        }
        String name = target.toDottedName();
        if (name == null || planner.builtins().get(name).isEmpty()) {
            throw Planner.planError(RegoError.TYPE_ERROR,
                    "with keyword target must reference existing input, data, or a function", w.location());
        }
        return new WithModifier.Function(name, replacement, valueOperand);
    }

    private static Operand valueOrConst(Operand value, FunctionRef replacement, With w) {
        if (value == null) {
            // OPA's compiler rejects a function as the replacement of a document.
            throw Planner.planError(RegoError.TYPE_ERROR,
                    "with keyword value must not be a function when the target is a document: " + replacement.name(),
                    w.location());
        }
        return value;
    }

    /** The function a {@code with} value names, or null when the value is a document. */
    private FunctionRef functionNamed(Term value, Scope scope) {
        Ref ref = value instanceof Ref r ? r : value instanceof Var v ? new Ref(v, List.of(), v.location()) : null;
        if (ref == null) {
            return null;
        }
        Ref absolute = absolute(ref);
        if (absolute.hasHead("data")) {
            Value[] path = constantPathOrNull(absolute);
            DataNode node = path == null ? null : planner.nodeAt(Arrays.asList(path));
            return node != null && node.isFunction() ? new FunctionRef(node.path(), node, null) : null;
        }
        if (absolute.hasHead("input") || (ref.head() instanceof Var v && scope.lookup(v.name()) >= 0)) {
            return null;
        }
        String name = ref.toDottedName();
        Optional<BuiltinDecl> decl = name == null ? Optional.empty() : planner.builtins().get(name);
        return decl.map(d -> new FunctionRef(d.name(), null, d)).orElse(null);
    }

    private static Value[] constantPath(Ref ref) {
        Value[] path = constantPathOrNull(ref);
        if (path == null) {
            throw Planner.planError(RegoError.TYPE_ERROR, "with keyword target must be a constant path: " + ref,
                    ref.location());
        }
        return path;
    }

    private static Value[] constantPathOrNull(Ref ref) {
        Value[] path = new Value[ref.path().size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = Constants.valueOf(ref.path().get(i));
            if (path[i] == null) {
                return null;
            }
        }
        return path;
    }

    /** {@code ref} with rule names and import aliases replaced by absolute {@code data}/{@code input} refs. */
    private Ref absolute(Ref ref) {
        if (!(ref.head() instanceof Var v)) {
            return ref;
        }
        String name = v.name();
        if (name.equals("data") || name.equals("input")) {
            return ref;
        }
        // An import alias shadows a rule of the same name in the importing package.
        Ref imported = ctx.imports().get(name);
        if (imported != null) {
            return absolute(imported).append(ref.path());
        }
        if (ctx.ruleNames().contains(name)) {
            List<Term> path = new ArrayList<>();
            for (Value k : ctx.pkg()) {
                path.add(new Scalar(k, ref.location()));
            }
            path.add(Scalar.string(name, ref.location()));
            path.addAll(ref.path());
            return new Ref(new Var("data", ref.location()), path, ref.location());
        }
        return ref;
    }

    // --- functions --------------------------------------------------------------------------------

    private int arityOf(Call c) {
        try {
            return function(c.operator(), c).arity();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private FunctionRef function(Ref operator, Call call) {
        Ref absolute = absolute(operator);
        String name = operator.toDottedName();
        Optional<BuiltinDecl> decl = name == null ? Optional.empty() : planner.builtins().get(name);
        if (absolute.hasHead("data")) {
            Value[] path = constantPathOrNull(absolute);
            DataNode node = path == null ? null : planner.nodeAt(Arrays.asList(path));
            if (node != null && node.isFunction()) {
                return new FunctionRef(node.path(), node, null);
            }
            // A rule that is not a function (e.g. a rule named `lt`) does not hide the builtin an
            // operator such as `<` calls.
            if (decl.isEmpty() || operator.hasHead("data")) {
                throw Planner.planError(RegoError.TYPE_ERROR, "undefined function " + absolute, call.location());
            }
        }
        if (decl.isEmpty()) {
            throw Planner.planError(RegoError.TYPE_ERROR, "undefined function " + operator, call.location());
        }
        return new FunctionRef(name, null, decl.get());
    }

    // --- terms ------------------------------------------------------------------------------------

    Operand[] terms(List<Term> terms, Scope scope) {
        Operand[] out = new Operand[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = term(terms.get(i), scope);
        }
        return out;
    }

    /** Lowers a term; variables not yet known are declared in {@code scope}. */
    Operand term(Term t, Scope scope) {
        if (t instanceof Scalar s) {
            return new Operand.Const(s.value());
        }
        if (t instanceof Var v) {
            return var(v, scope);
        }
        if (t instanceof Ref r) {
            return refTerm(r, scope);
        }
        if (t instanceof ArrayTerm a) {
            Operand[] items = terms(a.elements(), scope);
            Value[] constants = constants(items);
            return constants == null ? new Operand.ArrayOp(items) : new Operand.Const(ArrayValue.of(constants));
        }
        if (t instanceof SetTerm s) {
            Operand[] items = terms(s.elements(), scope);
            Value[] constants = constants(items);
            return constants == null ? new Operand.SetOp(items) : new Operand.Const(SetValue.of(constants));
        }
        if (t instanceof ObjectTerm o) {
            Operand[] keys = new Operand[o.entries().size()];
            Operand[] values = new Operand[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = term(o.entries().get(i).key(), scope);
                values[i] = term(o.entries().get(i).value(), scope);
            }
            Value[] ck = constants(keys);
            Value[] cv = constants(values);
            if (ck != null && cv != null) {
                ObjectValue.Builder b = ObjectValue.builder();
                for (int i = 0; i < ck.length; i++) {
                    b.put(ck[i], cv[i]);
                }
                return new Operand.Const(b.build());
            }
            return new Operand.ObjectOp(keys, values);
        }
        if (t instanceof ArrayComprehension c) {
            Scope inner = scope.child();
            Step[] body = body(c.body(), inner, Set.of(), Map.of());
            return new Operand.Comprehension(Operand.Comprehension.Kind.ARRAY, null, term(c.term(), inner),
                    new dev.authlint.rego.eval.plan.Body(body));
        }
        if (t instanceof SetComprehension c) {
            Scope inner = scope.child();
            Step[] body = body(c.body(), inner, Set.of(), Map.of());
            return new Operand.Comprehension(Operand.Comprehension.Kind.SET, null, term(c.term(), inner),
                    new dev.authlint.rego.eval.plan.Body(body));
        }
        if (t instanceof ObjectComprehension c) {
            Scope inner = scope.child();
            Step[] body = body(c.body(), inner, Set.of(), Map.of());
            return new Operand.Comprehension(Operand.Comprehension.Kind.OBJECT, term(c.key(), inner),
                    term(c.value(), inner), new dev.authlint.rego.eval.plan.Body(body));
        }
        if (t instanceof Call c) {
            FunctionRef fn = function(c.operator(), c);
            return new Operand.CallOp(fn, terms(c.args(), scope), c.location());
        }
        throw new IllegalArgumentException("unsupported term " + t);
    }

    private static Value[] constants(Operand[] items) {
        Value[] out = new Value[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Operand.Const c)) {
                return null;
            }
            out[i] = c.value();
        }
        return out;
    }

    private Operand var(Var v, Scope scope) {
        String name = v.name();
        int slot = scope.lookup(name);
        if (slot >= 0) {
            return new Operand.Local(slot, v.toString());
        }
        if (name.equals("input")) {
            return INPUT;
        }
        if (name.equals("data")) {
            return DATA;
        }
        if (ctx.ruleNames().contains(name) || ctx.imports().containsKey(name)) {
            return refTerm(new Ref(v, List.of(), v.location()), scope);
        }
        return new Operand.Local(scope.declare(name), v.toString());
    }

    private Operand refTerm(Ref r, Scope scope) {
        Operand head;
        List<Term> path = r.path();
        if (r.head() instanceof Var v) {
            String name = v.name();
            if (scope.lookup(name) >= 0) {
                head = new Operand.Local(scope.lookup(name), v.toString());
            } else if (name.equals("input")) {
                head = INPUT;
            } else if (name.equals("data")) {
                head = DATA;
            } else if (ctx.ruleNames().contains(name) || ctx.imports().containsKey(name)) {
                Ref absolute = absolute(r);
                if (absolute.head() instanceof Var av && (av.name().equals("data") || av.name().equals("input"))) {
                    head = av.name().equals("data") ? DATA : INPUT;
                    path = absolute.path();
                } else {
                    head = new Operand.Local(scope.declare(name), v.toString());
                }
            } else {
                head = new Operand.Local(scope.declare(name), v.toString());
            }
        } else {
            head = term(r.head(), scope);
        }
        Operand ref = ref(head, terms(path, scope));
        return head == DATA ? ruleRef(ref) : ref;
    }

    /** A {@link Operand.RuleRef} when a constant prefix of the data ref names a leaf rule set. */
    private Operand ruleRef(Operand ref) {
        if (!(ref instanceof Operand.RefOp r)) {
            return ref;
        }
        List<Value> keys = new ArrayList<>();
        for (int depth = 1; depth <= r.path().length; depth++) {
            if (!(r.path()[depth - 1] instanceof Operand.Const c)) {
                return ref;
            }
            keys.add(c.value());
            DataNode node = planner.nodeAt(keys);
            if (node == null) {
                return ref;
            }
            if (node.declaresRules()) {
                boolean leaf = node.children().isEmpty() && !node.isFunction();
                return leaf ? new Operand.RuleRef(node, depth, r) : ref;
            }
        }
        return ref;
    }

    private static Operand ref(Operand head, Operand[] path) {
        if (path.length == 0) {
            return head;
        }
        if (head instanceof Operand.RefOp inner) {
            Operand[] joined = Arrays.copyOf(inner.path(), inner.path().length + path.length);
            System.arraycopy(path, 0, joined, inner.path().length, path.length);
            return new Operand.RefOp(inner.head(), joined);
        }
        return new Operand.RefOp(head, path);
    }
}

package dev.authlint.rego.parser;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleKind;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.value.StringValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    private static Module v1(String src) {
        return Parser.parseModule("test.rego", src);
    }

    private static Module v0(String src) {
        return Parser.parseModule("test.rego", src, RegoVersion.V0);
    }

    private static List<RegoError> errors(String src, RegoVersion version) {
        return assertThrows(RegoException.class, () -> Parser.parseModule("test.rego", src, version)).errors();
    }

    private static Term expr(String query) {
        Body body = Parser.parseQuery(query);
        assertEquals(1, body.exprs().size());
        return body.exprs().get(0).term();
    }

    @Test
    void packageAndImports() {
        Module m = v1("""
                package a.b["c-d"]
                import rego.v1
                import data.lib.k8s as k
                import input.request
                """);
        assertEquals("data.a.b[\"c-d\"]", m.pkg().path().toString());
        assertEquals(3, m.imports().size());
        assertEquals("k", m.imports().get(1).name());
        assertEquals("request", m.imports().get(2).name());
    }

    @Test
    void completeRulesAndConstants() {
        Module m = v1("""
                package test
                p := 1
                q = "x"
                r if input.x == 1
                s if {
                    input.y
                    input.z; input.w
                }
                """);
        List<Rule> rules = m.rules();
        assertEquals(4, rules.size());
        assertTrue(rules.get(0).head().assign());
        assertFalse(rules.get(1).head().assign());
        assertEquals("true", rules.get(2).head().value().toString());
        assertEquals("input.x == 1", rules.get(2).body().toString());
        assertEquals(3, rules.get(3).body().exprs().size());
        assertEquals("data.test.s", rules.get(3).path().toString());
        rules.forEach(r -> assertEquals(RuleKind.COMPLETE, r.kind()));
    }

    @Test
    void partialSetObjectAndRefHeads() {
        Module m = v1("""
                package test
                deny contains msg if msg := "no"
                obj[k] := v if { some k, v in input }
                a.b[x].c := 1 if x := "y"
                flag[x] if x := 1
                """);
        Rule deny = m.rules().get(0);
        assertEquals(RuleKind.MULTI_VALUE, deny.kind());
        assertEquals("msg", deny.head().key().toString());
        assertNull(deny.head().value());
        Rule obj = m.rules().get(1);
        assertEquals(RuleKind.COMPLETE, obj.kind());
        assertEquals("obj[k]", obj.head().ref().toString());
        assertEquals("k", obj.head().key().toString());
        assertEquals("data.test.a.b[x].c", m.rules().get(2).path().toString());
        Rule flag = m.rules().get(3);
        assertEquals(RuleKind.COMPLETE, flag.kind());
        assertEquals("true", flag.head().value().toString());
    }

    @Test
    void functionsDefaultsAndElse() {
        Module m = v1("""
                package test
                default allow := false
                default f(_) := 0
                f(x) := y if y := x + 1
                g(x) if x > 1
                h(x) := 1 if x == 1 else := 2 if x == 2 else := 3
                """);
        Rule d = m.rules().get(0);
        assertTrue(d.isDefault());
        assertEquals("false", d.head().value().toString());
        assertEquals(RuleKind.FUNCTION, m.rules().get(1).kind());
        Rule f = m.rules().get(2);
        assertEquals(RuleKind.FUNCTION, f.kind());
        assertEquals(List.of(new Var("x", null)), f.head().args());
        Rule h = m.rules().get(4);
        assertEquals(3, h.elseChain().size());
        assertEquals("2", h.elseRule().head().value().toString());
        assertEquals("3", h.elseRule().elseRule().head().value().toString());
        assertEquals("true", h.elseRule().elseRule().body().toString());
    }

    @Test
    void precedenceFollowsOpa() {
        assertEquals("eq(x, plus(1, mul(2, 3)))", callTree(expr("x = 1 + 2 * 3")));
        assertEquals("assign(x, or(a, and(b, c)))", callTree(expr("x := a | b & c")));
        assertEquals("equal(plus(a, b), minus(c, d))", callTree(expr("a + b == c - d")));
        assertEquals("internal.member_2(x, or(a, b))", callTree(expr("x in a | b")));
        assertEquals("equal(internal.member_2(x, xs), true)", callTree(expr("(x in xs) == true")));
        assertEquals("internal.member_3(k, v, xs)", callTree(expr("k, v in xs")));
        assertEquals("minus(minus(a, b), c)", callTree(expr("a - b - c")));
        assertEquals("lt(rem(a, 2), div(b, 3))", callTree(expr("a % 2 < b / 3")));
        assertEquals("eq(x, -1)", callTree(expr("x = -1")));
        assertEquals("eq(x, -1)", callTree(expr("x = - 1")));
        assertEquals("minus(x, -1)", callTree(expr("x - -1")));
    }

    /** Prints a term with calls in prefix form, to make the parse tree visible. */
    private static String callTree(Term t) {
        if (t instanceof Call c) {
            StringBuilder s = new StringBuilder(c.name()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                s.append(i == 0 ? "" : ", ").append(callTree(c.args().get(i)));
            }
            return s.append(')').toString();
        }
        return t.toString();
    }

    @Test
    void someEveryNotWith() {
        Body body = Parser.parseQuery("""
                some x
                some y in ys
                some k, v in obj
                every i, z in zs { z > i }
                not input.x with input as {"x": false} with data.p as 1
                """);
        assertInstanceOf(SomeDecl.class, body.exprs().get(0).statement());
        SomeIn one = assertInstanceOf(SomeIn.class, body.exprs().get(1).statement());
        assertNull(one.key());
        SomeIn two = assertInstanceOf(SomeIn.class, body.exprs().get(2).statement());
        assertEquals("k", two.key().toString());
        Every every = assertInstanceOf(Every.class, body.exprs().get(3).statement());
        assertEquals("i", every.key().toString());
        Expr last = body.exprs().get(4);
        assertTrue(last.negated());
        assertEquals(2, last.withs().size());
        assertEquals("data.p", last.withs().get(1).target().toString());
    }

    @Test
    void collectionsAndComprehensions() {
        assertInstanceOf(ArrayComprehension.class, rhs("x := [y | y := input[_]]"));
        assertInstanceOf(SetComprehension.class, rhs("x := {y | y := input[_]}"));
        assertInstanceOf(ObjectComprehension.class, rhs("x := {k: v | v := input[k]}"));
        assertEquals(0, assertInstanceOf(SetTerm.class, rhs("x := set()")).elements().size());
        assertEquals("{\"a\": 1, 2: [3, 4]}", rhs("x := {\"a\": 1, 2: [3, 4,],}").toString());
        assertEquals("[or(a, b)]", "[" + callTree(((dev.authlint.rego.ast.ArrayTerm) rhs("x := [(a | b)]"))
                .elements().get(0)) + "]");
    }

    private static Term rhs(String query) {
        return ((Call) expr(query)).args().get(1);
    }

    @Test
    void refsAndCalls() {
        Ref ref = assertInstanceOf(Ref.class, rhs("x := input.a[0][\"b\"].c"));
        assertEquals(4, ref.path().size());
        Call call = assertInstanceOf(Call.class, rhs("x := data.lib.f(1, 2)"));
        assertEquals("data.lib.f", call.name());
        Ref onCall = assertInstanceOf(Ref.class, rhs("x := f(y)[0]"));
        assertInstanceOf(Call.class, onCall.head());
        Var wildcard = assertInstanceOf(Var.class, ((Ref) rhs("x := y[_]")).path().get(0));
        assertTrue(wildcard.isWildcard());
    }

    @Test
    void stringsAndNumbers() {
        assertEquals("a\"b\n\u00e9\uD83D\uDE00", ((Scalar) rhs("x := \"a\\\"b\\n\\u00e9\\ud83d\\ude00\"")).stringValue());
        assertEquals("a\\nb", ((Scalar) rhs("x := `a\\nb`")).stringValue());
        assertEquals("123456789012345678901234567890", rhs("x := 123456789012345678901234567890").toString());
        assertEquals(StringValue.of("y"), ((Scalar) Parser.parseTerm("\"y\"")).value());
    }

    @Test
    void commentsAreIgnored() {
        Module m = v1("""
                package test # trailing
                # a comment
                p := 1 # another
                """);
        assertEquals(1, m.rules().size());
    }

    @Test
    void v0SyntaxIsAcceptedBehindV0() {
        Module m = v0("""
                package test
                deny[msg] { msg := "no" }
                p { true }
                obj[k] = v { v := input[k] }
                f(x) = y { y := x }
                in := 1
                """);
        assertEquals(RuleKind.MULTI_VALUE, m.rules().get(0).kind());
        assertEquals("deny", m.rules().get(0).head().ref().toString());
        assertEquals(RuleKind.COMPLETE, m.rules().get(1).kind());
        assertEquals("obj[k]", m.rules().get(2).head().ref().toString());
        assertEquals(RuleKind.FUNCTION, m.rules().get(3).kind());
        assertEquals(RegoVersion.V0, m.version());
    }

    @Test
    void v0ModuleWithRegoV1ImportIsV1() {
        Module m = v0("""
                package test
                import rego.v1
                deny contains "x" if true
                """);
        assertEquals(RegoVersion.V1, m.version());
        List<RegoError> errs = errors("""
                package test
                import rego.v1
                p { true }
                """, RegoVersion.V0);
        assertEquals("`if` keyword is required before rule body", errs.get(0).message());
    }

    @Test
    void v0FutureKeywordsEnableKeywords() {
        Module m = v0("""
                package test
                import future.keywords.contains
                import future.keywords.if
                deny contains x if x := 1
                """);
        assertEquals(RuleKind.MULTI_VALUE, m.rules().get(0).kind());
    }

    @Test
    void v1RejectsV0RuleBodies() {
        List<RegoError> errs = errors("""
                package test
                deny[msg] {
                    msg := "x"
                }
                """, RegoVersion.V1);
        assertEquals(2, errs.size());
        assertEquals("`if` keyword is required before rule body", errs.get(0).message());
        assertEquals("`contains` keyword is required for partial set rules", errs.get(1).message());
        assertEquals(2, errs.get(0).location().row());
        assertEquals("test.rego:2: rego_parse_error: `if` keyword is required before rule body",
                errs.get(0).toString());
        RegoError elseBody = errors("package test\np := 1 if input.x else := 2 { true }\n", RegoVersion.V1).get(0);
        assertEquals("`if` keyword is required before rule body", elseBody.message());
        assertEquals(2, elseBody.location().row());
        assertEquals("`if` keyword is required before function body",
                errors("package test\nf(x) { x }\n", RegoVersion.V1).get(0).message());
    }

    @Test
    void syntaxErrorsCarryRowAndColumn() {
        RegoError e = errors("package test\np := [1, 2\n", RegoVersion.V1).get(0);
        assertEquals("unexpected eof token: expected , or ]", e.message());
        assertEquals(3, e.location().row());
        RegoError missing = errors("p := 1\n", RegoVersion.V1).get(0);
        assertEquals("package expected", missing.message());
        RegoError junk = errors("package test\np if { x := 1 y := 2 }\n", RegoVersion.V1).get(0);
        assertEquals(2, junk.location().row());
        assertEquals(15, junk.location().col());
        assertEquals("unexpected ident token: expected \\n or ; or }", junk.message());
        RegoError str = errors("package test\np := \"abc\n", RegoVersion.V1).get(0);
        assertEquals("non-terminated string", str.message());
    }

    @Test
    void wsBeforeBracketEndsTheRef() {
        RegoError e = errors("package test\np if { x := y [0] }\n", RegoVersion.V1).get(0);
        assertEquals(2, e.location().row());
    }

    @Test
    void ambiguousFormsResolveAsOpa() {
        // a keyword directly followed by `(` is the builtin of that name
        assertEquals("contains", ((Call) expr("contains(\"abc\", \"b\")")).name());
        // key/value membership inside parentheses
        assertEquals("internal.member_2(internal.member_3(0, 2, [2]), [true])",
                callTree(expr("(0, 2 in [2]) in [true]")));
        // as OPA: a comprehension needs a plain term before `|` and a body after it; otherwise the
        // brackets hold terms and `|` is set union
        assertInstanceOf(dev.authlint.rego.ast.ArrayTerm.class, rhs("z := [x | y, 5]"));
        assertInstanceOf(ArrayComprehension.class, rhs("z := [x | y]"));
        assertEquals("[or(and(q, {1}), {true})]", "[" + callTree(((dev.authlint.rego.ast.ArrayTerm)
                rhs("z := [q & {1} | {true}]")).elements().get(0)) + "]");
        assertInstanceOf(ArrayComprehension.class, rhs("z := [(q & {1}) | {true}]"));
        assertInstanceOf(SetComprehension.class, rhs("z := {1 | 1}"));
        assertInstanceOf(SetTerm.class, rhs("z := {({1} | {2})}"));
        // unary minus makes a negative literal before a number and subtracts from zero before a ref
        assertInstanceOf(dev.authlint.rego.ast.Scalar.class, rhs("z := -1"));
        assertEquals("minus(0, y)", callTree(rhs("z := - y")));
        assertEquals("minus(0, input.a[0])", callTree(rhs("z := -input.a[0]")));
        assertEquals("plus(minus(0, f(y)), 1)", callTree(rhs("z := -f(y) + 1")));
        assertEquals("unexpected - token: expected number or reference",
                errors("package test\nx := - -1\n", RegoVersion.V1).get(0).message());
        assertEquals("unexpected [ token: expected number or reference",
                errors("package test\nx := -[1]\n", RegoVersion.V1).get(0).message());
        // `if {` followed by an object comprehension rather than a body
        Module m = v1("package test\nx if { 1: 2 | some p in [1, 2] }\n");
        assertInstanceOf(ObjectComprehension.class, m.rules().get(0).body().exprs().get(0).term());
        // function heads may have a space before the arguments
        assertEquals(RuleKind.FUNCTION, v0("package test\nsum (a, b) := c { c := a + b }\n").rules().get(0).kind());
    }

    @Test
    void deepNestingIsAParseErrorNotACrash() {
        String deep = "[".repeat(10_000) + "1" + "]".repeat(10_000);
        RegoError e = errors("package test\np := " + deep + "\n", RegoVersion.V1).get(0);
        assertEquals(RegoError.PARSE_ERROR, e.code());
        assertTrue(e.message().startsWith("max expression depth exceeded"), e.message());
        assertEquals(2, e.location().row());
        String parens = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        RegoError paren = errors("package test\np := " + parens + "\n", RegoVersion.V1).get(0);
        assertTrue(paren.message().startsWith("max expression depth exceeded"), paren.message());
        String objects = "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000);
        RegoError object = errors("package test\np := " + objects + "\n", RegoVersion.V1).get(0);
        assertTrue(object.message().startsWith("max expression depth exceeded"), object.message());
        String chain = "1" + " + 1".repeat(10_000);
        RegoError operators = errors("package test\np := " + chain + "\n", RegoVersion.V1).get(0);
        assertTrue(operators.message().startsWith("max expression depth exceeded"), operators.message());
        // a syntax error deep inside nested collections is reported without re-parsing every level
        // (tentative comprehension parses would otherwise make this exponential)
        RegoError inner = errors("package test\np := " + "[".repeat(150) + "x y" + "]".repeat(150) + "\n",
                RegoVersion.V1).get(0);
        assertEquals(2, inner.location().row());
        // a long else chain is fine: it is a list, not nesting
        Module elses = v1("package test\nf(x) := 0 if x == 0" + " else := 1 if x == 1".repeat(5_000) + "\n");
        assertEquals(5_001, elses.rules().get(0).elseChain().size());
        // a realistic depth still parses
        v1("package test\np := " + "[".repeat(50) + "1" + "]".repeat(50) + "\n");
    }

    @Test
    void moduleLevelErrorsFollowOpa() {
        assertEquals("empty module", errors("# only a comment\n", RegoVersion.V1).get(0).message());
        assertEquals("unexpected package", errors("package a\npackage b\n", RegoVersion.V1).get(0).message());
        assertEquals("rule must have value assignment and/or body declaration",
                errors("package a\np\n", RegoVersion.V1).get(0).message());
        assertEquals("function must have value assignment and/or body declaration",
                errors("package a\nf(x)\n", RegoVersion.V1).get(0).message());
        // v0 reads `contains` and `if` continuing a rule head as keywords even without imports
        Module v0 = v0("package a\ndeny contains msg if { msg := 1 }\n");
        assertEquals(RuleKind.MULTI_VALUE, v0.rules().get(0).kind());
        // statements need no line break between them (OPA and regorus agree)
        assertEquals(2, v0("package a\nr[\"s\"] p1 { true }\n").rules().size());
        // imports may follow rules
        assertEquals(1, v1("package a\np := 1\nimport data.b\n").imports().size());
    }

    @Test
    void defaultsImportsAndRefsFollowOpa() {
        assertEquals("illegal default rule (value cannot contain ref)",
                errors("package a\ndefault p := input.x\n", RegoVersion.V1).get(0).message());
        assertEquals("illegal default rule (value cannot contain call)",
                errors("package a\ndefault p := 1 + 2\n", RegoVersion.V1).get(0).message());
        assertEquals("illegal default rule (value cannot contain var)",
                errors("package a\ndefault p := [x]\n", RegoVersion.V1).get(0).message());
        v1("package a\ndefault p := [x | x := 1]\n"); // comprehensions are allowed
        assertEquals("`future` imports cannot be aliased",
                errors("package a\nimport future.keywords.in as x\n", RegoVersion.V0).get(0).message());
        assertEquals("unexpected keyword, must be one of [contains every if in]",
                errors("package a\nimport future.keywords.foo\n", RegoVersion.V0).get(0).message());
        assertEquals("invalid import `rego.v2`, must be `rego.v1`",
                errors("package a\nimport rego.v2\n", RegoVersion.V0).get(0).message());
        assertEquals("invalid whitespace between . and identifier",
                errors("package a\np := regex.\nmatch(\"a\", \"b\")\n", RegoVersion.V1).get(0).message());
        // v0: `x.a { ... }` is the old spelling of the partial set rule `x["a"] { ... }`
        Rule set = v0("package a\nx.a { true }\n").rules().get(0);
        assertEquals(RuleKind.MULTI_VALUE, set.kind());
        assertEquals("\"a\"", set.head().key().toString());
    }

    @Test
    void comprehensionAsRuleBodyAndImportExclusivity() {
        Module m = v1("package a\nx if { 1 | 1 }\ny if { input.x == 1 }\n");
        assertInstanceOf(SetComprehension.class, m.rules().get(0).body().exprs().get(0).term());
        assertInstanceOf(Call.class, m.rules().get(1).body().exprs().get(0).term());
        assertEquals("the `rego.v1` import implies `future.keywords`, these are therefore mutually exclusive",
                errors("package a\nimport future.keywords.in\nimport rego.v1\n", RegoVersion.V0).get(0).message());
        v1("package a\nimport future.keywords.in\nimport rego.v1\n"); // no-ops in v1
    }
}

package dev.authlint.rego.parser;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.RegoException;
import dev.authlint.rego.RegoVersion;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.ArrayComprehension;
import dev.authlint.rego.ast.ArrayTerm;
import dev.authlint.rego.ast.Body;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Every;
import dev.authlint.rego.ast.Expr;
import dev.authlint.rego.ast.Import;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.ObjectComprehension;
import dev.authlint.rego.ast.ObjectTerm;
import dev.authlint.rego.ast.Operators;
import dev.authlint.rego.ast.Package;
import dev.authlint.rego.ast.Ref;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.RuleHead;
import dev.authlint.rego.ast.RuleKind;
import dev.authlint.rego.ast.Scalar;
import dev.authlint.rego.ast.SetComprehension;
import dev.authlint.rego.ast.SetTerm;
import dev.authlint.rego.ast.SomeDecl;
import dev.authlint.rego.ast.SomeIn;
import dev.authlint.rego.ast.Statement;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Var;
import dev.authlint.rego.ast.With;
import dev.authlint.rego.lexer.Lexer;
import dev.authlint.rego.lexer.Token;
import dev.authlint.rego.lexer.TokenKind;
import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.NullValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.StringValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for Rego modules, queries and terms, following OPA's grammar and
 * operator precedence (lowest first): {@code := =}, {@code in}, {@code == != < <= > >=},
 * {@code |}, {@code &}, {@code + -}, {@code * / %}.
 *
 * <p>All entry points throw {@link RegoException} with {@code rego_parse_error}s; every error
 * carries file, row and column. One parser instance parses one source text.
 */
public final class Parser {

    /** Words that are keywords in every Rego version. */
    private static final Set<String> BASE_KEYWORDS = Set.of(
            "package", "import", "as", "default", "else", "not", "some", "with", "true", "false", "null");
    /** Keywords that v0 modules enable through {@code future.keywords} imports. */
    private static final Set<String> FUTURE_KEYWORDS = Set.of("contains", "every", "if", "in");

    /**
     * Deepest nesting of terms accepted (brackets, parentheses, comprehensions, unary minus). Real
     * policies stay far below it; it keeps hostile input from exhausting the stack here or in the
     * compiler and evaluator, which recurse over the same structure.
     */
    static final int MAX_DEPTH = 200;

    private static final Map<TokenKind, String> RELATIONS = Map.of(
            TokenKind.EQUAL, "equal", TokenKind.NEQ, "neq", TokenKind.LT, "lt",
            TokenKind.LTE, "lte", TokenKind.GT, "gt", TokenKind.GTE, "gte");
    private static final EnumSet<TokenKind> ARITH = EnumSet.of(TokenKind.ADD, TokenKind.SUB);
    private static final EnumSet<TokenKind> FACTOR = EnumSet.of(TokenKind.MUL, TokenKind.QUO, TokenKind.REM);

    private final String file;
    private final List<Token> tokens;
    private final Lexer.Result lexed;
    private final List<RegoError> errors = new ArrayList<>();
    private int pos;
    private RegoVersion version;
    /** The version the caller asked for (a v0 module importing rego.v1 switches {@link #version}). */
    private final RegoVersion requestedVersion;
    private boolean regoV1Imported;
    private boolean futureImported;
    private final Set<String> futureKeywords = new HashSet<>();
    private int wildcards;
    private int depth;
    /** A first operand already parsed by {@link #plainTerm()}, consumed by the next {@link #unary()}. */
    private Term pendingOperand;
    /** Set once the depth limit is hit; tentative parses then stop backtracking. */
    private boolean depthExceeded;
    /** Positions where {@link #plainTerm()} already failed, so nested retries stay linear. */
    private final Set<Integer> plainTermFailures = new HashSet<>();
    private Package currentPackage;

    private Parser(String file, String source, RegoVersion version) {
        this.file = file == null ? "" : file;
        this.version = version;
        this.requestedVersion = version;
        this.lexed = Lexer.lex(source);
        this.tokens = lexed.tokens();
        for (Lexer.LexerError e : lexed.errors()) {
            errors.add(new RegoError(RegoError.PARSE_ERROR, e.message(), new Location(this.file, e.row(), e.col())));
        }
    }

    // ---------------------------------------------------------------- entry points

    /**
     * Parses a module.
     *
     * @param file    file name used in locations and errors
     * @param source  the Rego text
     * @param version the syntax to expect; a v0 module importing {@code rego.v1} is parsed as v1
     * @throws RegoException with every parse error found
     */
    public static Module parseModule(String file, String source, RegoVersion version) {
        Parser parser = new Parser(file, source, version);
        return parser.finish(parser::module);
    }

    /** Parses a Rego v1 module. */
    public static Module parseModule(String file, String source) {
        return parseModule(file, source, RegoVersion.V1);
    }

    /** Parses a query (a body such as {@code x := data.p; x > 1}) with v1 keywords. */
    public static Body parseQuery(String source) {
        return parseQuery(source, RegoVersion.V1);
    }

    /** Parses a query with the keywords of the given version. */
    public static Body parseQuery(String source, RegoVersion version) {
        Parser parser = new Parser("", source, version);
        return parser.finish(() -> {
            Body body = parser.query(TokenKind.EOF);
            parser.expect(TokenKind.EOF);
            return body;
        });
    }

    /** Parses a single term, e.g. a conformance case's {@code input_term}. */
    public static Term parseTerm(String source) {
        Parser parser = new Parser("", source, RegoVersion.V1);
        return parser.finish(() -> {
            Term term = parser.termIn(false);
            parser.expect(TokenKind.EOF);
            return term;
        });
    }

    private interface Production<T> {
        T parse();
    }

    private <T> T finish(Production<T> production) {
        T result = null;
        if (errors.isEmpty()) {
            try {
                result = production.parse();
            } catch (ParseException e) {
                // already recorded
            } catch (StackOverflowError e) {
                // Last line of defence if a JVM runs with a very small stack; MAX_DEPTH normally stops first.
                errors.add(new RegoError(RegoError.PARSE_ERROR, "max expression depth exceeded",
                        new Location(file, peek().row(), peek().col())));
            }
        }
        if (!errors.isEmpty()) {
            throw new RegoException(errors);
        }
        return result;
    }

    // ---------------------------------------------------------------- module

    private Module module() {
        if (peek().kind() == TokenKind.EOF) {
            throw fail(new Location(file, 0, 0), "empty module");
        }
        if (!peek().isIdent("package")) {
            throw fail(peek(), "package expected");
        }
        List<StatementPosition> statements = new ArrayList<>();
        Token packageToken = next();
        Ref path = packagePath();
        currentPackage = new Package(path, loc(packageToken));
        statements.add(new StatementPosition(packageToken.row(), currentPackage));

        List<Import> imports = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        while (peek().kind() != TokenKind.EOF) {
            Token start = peek();
            if (start.isIdent("package")) {
                throw fail(start, "unexpected package");
            }
            if (start.isIdent("import")) {
                // OPA accepts imports anywhere after the package; they apply to the whole module.
                Import imp = importDecl();
                imports.add(imp);
                statements.add(new StatementPosition(start.row(), imp));
                        continue;
            }
            int before = errors.size();
            Rule rule = rule();
            if (rule != null) {
                rules.add(rule);
                statements.add(new StatementPosition(start.row(), rule));
            }
                if (errors.size() > before && errors.size() >= 10) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ParseException();
        }
        MetadataParser.Attached attached = new MetadataParser(file, lexed.comments(), errors).attach(statements);
        if (!errors.isEmpty()) {
            throw new ParseException();
        }
        List<Rule> annotated = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            List<Annotations> own = attached.forRule(rule);
            annotated.add(own.isEmpty() ? rule : rule.withAnnotations(own));
        }
        return new Module(file, currentPackage, imports, annotated, attached.all(), version);
    }

    /** A top-level statement and the line it starts on, for attaching METADATA blocks. */
    record StatementPosition(int row, Object node) {
    }

    private Ref packagePath() {
        Token first = peek();
        List<Term> path = new ArrayList<>();
        Token name = expectIdent("package name");
        path.add(Scalar.string(name.text(), loc(name)));
        while (true) {
            Token t = peek();
            if (t.spaceBefore()) {
                break;
            }
            if (t.kind() == TokenKind.DOT) {
                next();
                Token part = expectIdent("identifier");
                path.add(Scalar.string(part.text(), loc(part)));
            } else if (t.kind() == TokenKind.LBRACK) {
                next();
                Token part = next();
                if (part.kind() != TokenKind.STRING) {
                    throw fail(part, "unexpected %s token: package path elements must be strings", part.describe());
                }
                path.add(Scalar.string(part.text(), loc(part)));
                expect(TokenKind.RBRACK);
            } else {
                break;
            }
        }
        return new Ref(new Var("data", loc(first)), path, loc(first));
    }

    private Import importDecl() {
        Token importToken = next();
        Token first = peek();
        Term term = termFinish(primary());
        Ref path = term instanceof Ref r ? r : term instanceof Var v ? new Ref(v, List.of(), v.location()) : null;
        if (path == null || path.headVar() == null) {
            throw fail(first, "unexpected %s token: expected import path", first.describe());
        }
        String root = path.headVar().name();
        if (!Set.of("data", "input", "future", "rego").contains(root)) {
            error(loc(first), "invalid path %s: path must begin with input, data, future or rego", path);
        }
        for (Term element : path.path()) {
            if (!(element instanceof Scalar s && s.stringValue() != null)) {
                error(element.location(), "invalid path %s: path elements must be strings", path);
                break;
            }
        }
        String alias = null;
        if (peek().isIdent("as")) {
            next();
            Token aliasToken = expectIdent("alias");
            alias = aliasToken.text();
            if (root.equals("future") || root.equals("rego")) {
                error(loc(first), "`%s` imports cannot be aliased", root);
            }
        }
        if (root.equals("future")) {
            if (regoV1Imported && requestedVersion == RegoVersion.V0) {
                error(loc(first), "the `rego.v1` import implies `future.keywords`, these are therefore mutually exclusive");
            }
            futureImported = true;
            futureImport(path, first);
        } else if (root.equals("rego")) {
            if (path.path().size() == 1 && "v1".equals(((Scalar) path.path().get(0)).stringValue())) {
                if (futureImported && requestedVersion == RegoVersion.V0) {
                    error(loc(first),
                            "the `rego.v1` import implies `future.keywords`, these are therefore mutually exclusive");
                }
                regoV1Imported = true;
                version = RegoVersion.V1;
            } else {
                error(loc(first), "invalid import `%s`, must be `rego.v1`", path);
            }
        }
        return new Import(path, alias, loc(importToken));
    }

    private void futureImport(Ref path, Token at) {
        List<Term> p = path.path();
        if (p.isEmpty() || !"keywords".equals(((Scalar) p.get(0)).stringValue())) {
            error(loc(at), "invalid import, must be `future.keywords`");
            return;
        }
        if (p.size() == 1) {
            futureKeywords.addAll(FUTURE_KEYWORDS);
            return;
        }
        String keyword = ((Scalar) p.get(1)).stringValue();
        if (p.size() > 2) {
            error(loc(at), "invalid import, must be `future.keywords.x`, e.g. `import future.keywords.in`");
            return;
        }
        if (!FUTURE_KEYWORDS.contains(keyword)) {
            error(loc(at), "unexpected keyword, must be one of [contains every if in]");
            return;
        }
        futureKeywords.add(keyword);
        if (keyword.equals("every")) {
            futureKeywords.add("in"); // `every x in xs` needs `in`
        }
    }

    // ---------------------------------------------------------------- rules

    private Rule rule() {
        Token start = peek();
        boolean isDefault = false;
        if (start.isIdent("default")) {
            next();
            isDefault = true;
        }
        Token nameToken = peek();
        if (nameToken.kind() != TokenKind.IDENT || isKeyword(nameToken.text())) {
            throw fail(nameToken, "unexpected %s", describeForError(nameToken));
        }
        Ref ref = ruleRef();
        Location headLoc = loc(nameToken);
        List<Term> args = List.of();
        boolean function = false;
        if (peek().kind() == TokenKind.LPAREN) {
            next();
            args = termList(TokenKind.RPAREN);
            function = true;
        }
        Term key = null;
        Term value = null;
        boolean assign = false;
        RuleKind kind = function ? RuleKind.FUNCTION : RuleKind.COMPLETE;
        if (isHeadKeyword(peek(), "contains")) {
            Token containsToken = next();
            if (function || isDefault) {
                throw fail(containsToken, "unexpected contains keyword");
            }
            key = termIn(false);
            kind = RuleKind.MULTI_VALUE;
        } else if (peek().kind() == TokenKind.ASSIGN || peek().kind() == TokenKind.UNIFY) {
            assign = next().kind() == TokenKind.ASSIGN;
            value = termIn(false);
        }

        boolean partialSetV0 = false;
        Term bracketKey = ref.path().isEmpty() ? null : ref.path().get(ref.path().size() - 1);
        boolean nameBracket = ref.path().size() == 1 && lastRefElementBracketed;
        if (kind == RuleKind.COMPLETE && nameBracket) {
            key = bracketKey;
        }
        if (kind == RuleKind.COMPLETE && ref.path().size() == 1) {
            if (value == null && version == RegoVersion.V0) {
                key = bracketKey;
                // v0: `p[x] { ... }` declares a partial set.
                partialSetV0 = true;
                kind = RuleKind.MULTI_VALUE;
                ref = new Ref(ref.head(), List.of(), ref.location());
            }
        }

        if (isDefault) {
            if (value == null) {
                throw fail(start, "illegal default rule (must have a value)");
            }
            validateDefault(loc(start), value, args);
            RuleHead head = new RuleHead(ref, kind, args, key, value, assign, headLoc);
            return new Rule(currentPackage, head, Body.trueBody(headLoc), null, true, List.of(), loc(start));
        }

        boolean bracesWithoutIf = peek().kind() == TokenKind.LBRACE;
        if (version == RegoVersion.V1 && bracesWithoutIf) {
            Location at = loc(start);
            error(at, kind == RuleKind.FUNCTION ? "`if` keyword is required before function body"
                    : "`if` keyword is required before rule body");
            if (nameBracket && value == null && kind == RuleKind.COMPLETE) {
                error(at, "`contains` keyword is required for partial set rules");
            }
        }
        boolean hasBody = isHeadKeyword(peek(), "if") || peek().kind() == TokenKind.LBRACE;
        if (version == RegoVersion.V1 && !hasBody && value == null && kind != RuleKind.MULTI_VALUE) {
            error(loc(start), "%s must have value assignment and/or body declaration",
                    kind == RuleKind.FUNCTION ? "function" : "rule");
        }
        Body body = ruleBody(headLoc);
        if (value == null && kind != RuleKind.MULTI_VALUE) {
            value = new Scalar(BooleanValue.TRUE, headLoc);
        }
        RuleHead head = new RuleHead(ref, kind, args, key, value, assign, headLoc);
        Rule rule = new Rule(currentPackage, head, body, null, false, List.of(), loc(start));
        if (isKeywordToken(peek(), "else")) {
            if (kind == RuleKind.MULTI_VALUE || partialSetV0 || (nameBracket && kind != RuleKind.FUNCTION)) {
                throw fail(peek(), "else keyword cannot be used on multi-value rules");
            }
            rule = rule.withElse(elseChain(head));
        }
        return rule;
    }

    /** OPA's validateDefaultRuleValue/Args: a default value is a constant, arguments distinct vars. */
    private void validateDefault(Location at, Term value, List<Term> args) {
        dev.authlint.rego.ast.Terms.firstNonConstant(value).ifPresent(kind ->
                error(at, "illegal default rule (value cannot contain %s)", kind));
        java.util.Set<String> seen = new HashSet<>();
        for (Term arg : args) {
            if (!(arg instanceof Var v)) {
                error(at, "illegal default rule (arguments cannot contain %s)", describeTerm(arg));
            } else if (!v.isWildcard() && !seen.add(v.name())) {
                error(at, "illegal default rule (arguments cannot be repeated %s)", v.name());
            }
        }
    }

    /** Whether the last element of the rule ref just parsed was written in brackets ({@code p[x]}). */
    private boolean lastRefElementBracketed;

    private Ref ruleRef() {
        Token nameToken = next();
        Var name = new Var(nameToken.text(), loc(nameToken));
        List<Term> path = new ArrayList<>();
        lastRefElementBracketed = false;
        while (!peek().spaceBefore()) {
            if (peek().kind() == TokenKind.DOT) {
                next();
                Token part = expectIdent("identifier");
                path.add(Scalar.string(part.text(), loc(part)));
                lastRefElementBracketed = false;
            } else if (peek().kind() == TokenKind.LBRACK) {
                next();
                path.add(termIn(false));
                expect(TokenKind.RBRACK);
                lastRefElementBracketed = true;
            } else {
                break;
            }
        }
        return new Ref(name, path, name.location());
    }

    /** The {@code else} rules after a rule, linked in order; iterative so long chains cannot overflow. */
    private Rule elseChain(RuleHead previous) {
        List<Rule> chain = new ArrayList<>();
        RuleHead head = previous;
        while (isKeywordToken(peek(), "else")) {
            Token elseToken = next();
            Term value = null;
            boolean assign = head.assign();
            if (peek().kind() == TokenKind.ASSIGN || peek().kind() == TokenKind.UNIFY) {
                assign = next().kind() == TokenKind.ASSIGN;
                value = termIn(false);
            }
            if (version == RegoVersion.V1 && peek().kind() == TokenKind.LBRACE) {
                error(loc(elseToken), "`if` keyword is required before rule body");
            }
            Location at = loc(elseToken);
            Body body = ruleBody(at);
            if (value == null) {
                value = new Scalar(BooleanValue.TRUE, at);
            }
            head = new RuleHead(previous.ref(), previous.kind(), previous.args(), previous.key(), value, assign, at);
            chain.add(new Rule(currentPackage, head, body, null, false, List.of(), at));
        }
        Rule result = chain.get(chain.size() - 1);
        for (int k = chain.size() - 2; k >= 0; k--) {
            result = chain.get(k).withElse(result);
        }
        return result;
    }

    /** `if { ... }`, `if expr`, `{ ... }` (v0, or v1 after the error), or nothing. */
    private Body ruleBody(Location headLoc) {
        if (isHeadKeyword(peek(), "if")) {
            Token ifToken = next();
            if (peek().kind() == TokenKind.LBRACE) {
                // Usually a braced body; but `p if { x | ... }` and `p if { k: v | ... }` are a set or
                // object comprehension used as the single expression, and other collection literals
                // are tried when the braces do not hold a body.
                int save = pos;
                int savedErrors = errors.size();
                if (startsComprehension()) {
                    Expr expr = literal();
                    return new Body(List.of(expr), loc(ifToken));
                }
                try {
                    return bracedBody();
                } catch (ParseException e) {
                    rethrowIfFatal(e);
                    int bodyErrorsEnd = errors.size();
                    List<RegoError> bodyErrors = new ArrayList<>(errors.subList(savedErrors, bodyErrorsEnd));
                    truncateErrors(savedErrors);
                    pos = save;
                    try {
                        Expr expr = literal();
                        return new Body(List.of(expr), loc(ifToken));
                    } catch (ParseException second) {
                        truncateErrors(savedErrors);
                        errors.addAll(bodyErrors);
                        throw e;
                    }
                }
            }
            if (peek().kind() == TokenKind.EOF) {
                throw fail(peek(), "unexpected eof token: expected rule body");
            }
            Expr expr = literal();
            return new Body(List.of(expr), loc(ifToken));
        }
        if (peek().kind() == TokenKind.LBRACE) {
            return bracedBody();
        }
        return Body.trueBody(headLoc);
    }

    private Body bracedBody() {
        Token open = expect(TokenKind.LBRACE);
        if (peek().kind() == TokenKind.RBRACE) {
            throw fail(open, "found empty body");
        }
        Body body = query(TokenKind.RBRACE);
        expect(TokenKind.RBRACE);
        return new Body(body.exprs(), loc(open));
    }

    // ---------------------------------------------------------------- bodies and expressions

    /** Expressions separated by `;` or line breaks, up to (not including) {@code end}. */
    private Body query(TokenKind end) {
        Token first = peek();
        List<Expr> exprs = new ArrayList<>();
        while (true) {
            if (peek().kind() == end) {
                if (exprs.isEmpty()) {
                    throw fail(peek(), "unexpected %s token: expected expression", peek().describe());
                }
                break;
            }
            exprs.add(literal());
            Token t = peek();
            if (t.kind() == TokenKind.SEMICOLON) {
                next();
                continue;
            }
            if (t.kind() == end) {
                break;
            }
            if (!t.newlineBefore()) {
                throw fail(t, "unexpected %s token: expected \\n or ; or %s", t.describe(),
                        end == TokenKind.EOF ? "eof" : end.symbol());
            }
        }
        return new Body(exprs, loc(first));
    }

    /** One expression: `not`, `some`, `every` or a term/infix expression, then `with` modifiers. */
    private Expr literal() {
        Token start = peek();
        boolean negated = false;
        if (start.isIdent("not")) {
            next();
            negated = true;
        }
        Statement statement;
        if (isKeywordToken(peek(), "some")) {
            if (negated) {
                throw fail(peek(), "unexpected some keyword: some cannot be negated");
            }
            statement = some();
        } else if (isKeywordToken(peek(), "every")) {
            statement = every(); // `not every ...` negates the quantifier
        } else {
            statement = exprStatement();
        }
        List<With> withs = new ArrayList<>();
        while (peek().isIdent("with")) {
            Token withToken = next();
            Token targetToken = peek();
            Term target = termFinish(primary());
            if (!(target instanceof Ref) && !(target instanceof Var)) {
                throw fail(targetToken, "unexpected %s token: expected with target", targetToken.describe());
            }
            if (!peek().isIdent("as")) {
                throw fail(peek(), "unexpected %s token: expected as keyword", peek().describe());
            }
            next();
            Term value = termIn(false);
            withs.add(new With(target, value, loc(withToken)));
        }
        return new Expr(statement, negated, withs, loc(start));
    }

    private Statement exprStatement() {
        Term lhs = termIn(true);
        TokenKind k = peek().kind();
        if (k == TokenKind.ASSIGN || k == TokenKind.UNIFY) {
            next();
            Term rhs = termIn(true);
            return Call.of(k == TokenKind.ASSIGN ? Operators.ASSIGN : Operators.EQ, lhs.location(), lhs, rhs);
        }
        return lhs;
    }

    private Statement some() {
        Token someToken = next();
        List<Term> terms = new ArrayList<>();
        terms.add(relation());
        while (peek().kind() == TokenKind.COMMA) {
            next();
            terms.add(relation());
        }
        if (isKeywordToken(peek(), "in")) {
            next();
            if (terms.size() > 2) {
                throw fail(someToken, "unexpected , token: expected at most two terms before in");
            }
            Term collection = relation();
            Term key = terms.size() == 2 ? terms.get(0) : null;
            Term value = terms.get(terms.size() - 1);
            return new SomeIn(key, value, collection, loc(someToken));
        }
        List<Var> vars = new ArrayList<>();
        for (Term t : terms) {
            // `some x in xs` written where `in` is a plain call (v1 parses `x in xs` as one term).
            if (t instanceof Call c && c.isOperator(Operators.MEMBER) && terms.size() == 1) {
                return new SomeIn(null, c.args().get(0), c.args().get(1), loc(someToken));
            }
            if (!(t instanceof Var v)) {
                throw fail(t.location(), "expected var but got %s", describeTerm(t));
            }
            vars.add(v);
        }
        return new SomeDecl(vars, loc(someToken));
    }

    private Statement every() {
        Token everyToken = next();
        Term first = relation();
        Term key = null;
        Term value = first;
        if (peek().kind() == TokenKind.COMMA) {
            next();
            key = first;
            value = relation();
        }
        if (!isKeywordToken(peek(), "in")) {
            throw fail(peek(), "unexpected %s token: expected in keyword", peek().describe());
        }
        next();
        for (Term t : key == null ? List.of(value) : List.of(key, value)) {
            if (!(t instanceof Var)) {
                throw fail(t.location(), "unexpected %s: expected var", describeTerm(t));
            }
        }
        Term domain = relation();
        if (peek().kind() != TokenKind.LBRACE) {
            throw fail(peek(), "unexpected %s token: expected {", peek().describe());
        }
        Body body = bracedBody();
        return new Every(key, value, domain, body, loc(everyToken));
    }

    // ---------------------------------------------------------------- terms by precedence

    /** `in` membership; with {@code keyValue}, also `k, v in xs` (top-level expressions only). */
    private Term termIn(boolean keyValue) {
        depth++;
        try {
            checkDepth();
            return termInAtDepth(keyValue);
        } finally {
            depth--;
        }
    }

    private void checkDepth() {
        if (depth > MAX_DEPTH) {
            depthExceeded = true;
            throw fail(peek(), "max expression depth exceeded: terms nest more than %d levels", MAX_DEPTH);
        }
    }

    /**
     * Rethrows when a tentative parse (comprehension or body lookahead) failed because of the depth
     * limit: re-parsing another way would hit it again, and retrying at every level is exponential.
     */
    private void rethrowIfFatal(ParseException e) {
        if (depthExceeded) {
            throw e;
        }
    }

    private Term termInAtDepth(boolean keyValue) {
        Term lhs = relation();
        while (true) {
            if (keyValue && peek().kind() == TokenKind.COMMA) {
                int save = pos;
                int savedErrors = errors.size();
                next();
                try {
                    Term middle = relation();
                    if (isKeywordToken(peek(), "in")) {
                        next();
                        Term rhs = relation();
                        lhs = Call.of(Operators.MEMBER_WITH_KEY, lhs.location(), lhs, middle, rhs);
                        continue;
                    }
                } catch (ParseException e) {
                    rethrowIfFatal(e);
                    truncateErrors(savedErrors);
                }
                pos = save;
            }
            if (isKeywordToken(peek(), "in")) {
                next();
                Term rhs = relation();
                lhs = Call.of(Operators.MEMBER, lhs.location(), lhs, rhs);
                continue;
            }
            return lhs;
        }
    }

    private Term relation() {
        Term lhs = or();
        int operators = 0;
        try {
            while (RELATIONS.containsKey(peek().kind())) {
                operators++;
                depth++;
                checkDepth();
                String op = RELATIONS.get(next().kind());
                Term rhs = or();
                lhs = Call.of(op, lhs.location(), lhs, rhs);
            }
            return lhs;
        } finally {
            depth -= operators;
        }
    }

    private Term or() {
        Term lhs = and();
        int operators = 0;
        try {
            while (peek().kind() == TokenKind.OR) {
                operators++;
                depth++;
                checkDepth();
                next();
                Term rhs = and();
                lhs = Call.of("or", lhs.location(), lhs, rhs);
            }
            return lhs;
        } finally {
            depth -= operators;
        }
    }

    private Term and() {
        Term lhs = arith();
        int operators = 0;
        try {
            while (peek().kind() == TokenKind.AND) {
                operators++;
                depth++;
                checkDepth();
                next();
                Term rhs = arith();
                lhs = Call.of("and", lhs.location(), lhs, rhs);
            }
            return lhs;
        } finally {
            depth -= operators;
        }
    }

    private Term arith() {
        Term lhs = factor();
        int operators = 0;
        try {
            while (ARITH.contains(peek().kind())) {
                operators++;
                depth++;
                checkDepth();
                String op = next().kind() == TokenKind.ADD ? "plus" : "minus";
                Term rhs = factor();
                lhs = Call.of(op, lhs.location(), lhs, rhs);
            }
            return lhs;
        } finally {
            depth -= operators;
        }
    }

    private Term factor() {
        Term lhs = unary();
        int operators = 0;
        try {
            while (FACTOR.contains(peek().kind())) {
                operators++;
                depth++;
                checkDepth();
                TokenKind k = next().kind();
                String op = k == TokenKind.MUL ? "mul" : k == TokenKind.QUO ? "div" : "rem";
                Term rhs = unary();
                lhs = Call.of(op, lhs.location(), lhs, rhs);
            }
            return lhs;
        } finally {
            depth -= operators;
        }
    }

    /** A primary term with its refs and calls, or a negative number literal. */
    private Term unary() {
        if (pendingOperand != null) {
            Term t = pendingOperand;
            pendingOperand = null;
            return t;
        }
        if (peek().kind() != TokenKind.SUB) {
            return termFinish(primary());
        }
        // `-1` is a negative number literal; `-x`, `-input.n` or `-f(x)` is `minus(0, x)`, as in OPA
        // since it accepted unary minus in front of refs. Other operands (`-[1]`, `-"s"`) stay errors.
        Token minus = next();
        Token operand = peek();
        if (operand.kind() == TokenKind.IDENT) {
            Term negated = termFinish(primary());
            return Call.of("minus", loc(minus), new Scalar(NumberValue.ZERO, loc(minus)), negated);
        }
        if (operand.kind() != TokenKind.NUMBER) {
            throw fail(operand, "unexpected %s token: expected number or reference", operand.describe());
        }
        next();
        return termFinish(new Scalar(parseNumber(new Token(TokenKind.NUMBER, "-" + operand.text(), minus.row(),
                minus.col(), minus.offset(), operand.end(), minus.spaceBefore(), minus.newlineBefore())), loc(minus)));
    }

    /** A term without trailing ref elements or calls. */
    private Term primary() {
        depth++;
        try {
            checkDepth();
            return primaryAtDepth();
        } finally {
            depth--;
        }
    }

    private Term primaryAtDepth() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                next();
                return new Scalar(parseNumber(t), loc(t));
            }
            case STRING -> {
                next();
                return new Scalar(StringValue.of(t.text()), loc(t));
            }
            case IDENT -> {
                return identifier();
            }
            case LBRACK -> {
                return array();
            }
            case LBRACE -> {
                return braces();
            }
            case LPAREN -> {
                next();
                // Parentheses allow `k, v in xs` like a top-level expression does.
                Term inner = termIn(true);
                expect(TokenKind.RPAREN);
                return inner;
            }
            default -> throw fail(t, "unexpected %s token", t.describe());
        }
    }

    private NumberValue parseNumber(Token t) {
        try {
            return NumberValue.parse(t.text());
        } catch (RuntimeException e) {
            throw fail(t, "invalid number %s", t.text());
        }
    }

    private Term identifier() {
        Token t = next();
        Location at = loc(t);
        switch (t.text()) {
            case "true":
                return new Scalar(BooleanValue.TRUE, at);
            case "false":
                return new Scalar(BooleanValue.FALSE, at);
            case "null":
                return new Scalar(NullValue.INSTANCE, at);
            case "_":
                return new Var(Var.WILDCARD_PREFIX + wildcards++, at);
            case "set":
                if (peek().kind() == TokenKind.LPAREN && !peek().spaceBefore()
                        && peekAt(1).kind() == TokenKind.RPAREN) {
                    next();
                    next();
                    return new SetTerm(List.of(), at);
                }
                return new Var(t.text(), at);
            default:
                boolean call = peek().kind() == TokenKind.LPAREN && !peek().spaceBefore();
                if (isKeyword(t.text()) && !(call && FUTURE_KEYWORDS.contains(t.text()))) {
                    throw fail(t, "unexpected %s keyword", t.text());
                }
                return new Var(t.text(), at);
        }
    }

    /** Ref elements ({@code .x}, {@code [t]}) and calls ({@code (args)}) directly after a term. */
    private Term termFinish(Term head) {
        Term term = head;
        List<Term> path = new ArrayList<>();
        while (!peek().spaceBefore()) {
            Token t = peek();
            if (t.kind() == TokenKind.DOT) {
                next();
                Token part = next();
                if (part.spaceBefore()) {
                    throw fail(part, "invalid whitespace between . and identifier");
                }
                if (part.kind() != TokenKind.IDENT) {
                    throw fail(part, "unexpected %s token: expected identifier", part.describe());
                }
                path.add(Scalar.string(part.text(), loc(part)));
            } else if (t.kind() == TokenKind.LBRACK) {
                next();
                path.add(termIn(false));
                expect(TokenKind.RBRACK);
            } else if (t.kind() == TokenKind.LPAREN) {
                Ref operator = asRef(term, path);
                if (operator == null || operator.toDottedName() == null) {
                    throw fail(t, "unexpected ( token: only functions can be called");
                }
                next();
                List<Term> args = termList(TokenKind.RPAREN);
                term = new Call(operator, args, term.location());
                path = new ArrayList<>();
            } else {
                break;
            }
        }
        if (path.isEmpty()) {
            return term;
        }
        return term instanceof Ref r ? r.append(path) : new Ref(term, path, term.location());
    }

    private static Ref asRef(Term term, List<Term> path) {
        if (term instanceof Var v) {
            return new Ref(v, path, v.location());
        }
        if (term instanceof Ref r) {
            return r.append(path);
        }
        return null;
    }

    /** Comma-separated terms up to {@code end} (consumed); a trailing comma is allowed. */
    private List<Term> termList(TokenKind end) {
        List<Term> terms = new ArrayList<>();
        if (peek().kind() == end) {
            next();
            return terms;
        }
        while (true) {
            terms.add(termIn(false));
            Token t = next();
            if (t.kind() == end) {
                return terms;
            }
            if (t.kind() != TokenKind.COMMA) {
                throw fail(t, "unexpected %s token: expected , or %s", t.describe(), end.symbol());
            }
            if (peek().kind() == end) {
                next();
                return terms;
            }
        }
    }

    /**
     * {@code [...]}: as OPA, a comprehension only when a plain term (no infix operator) is followed
     * by {@code |} and a body that parses; otherwise a list of terms, so {@code [x | y, 5]} and
     * {@code [a & b | c]} are arrays whose first element is a union.
     */
    private Term array() {
        Token open = next();
        if (peek().kind() == TokenKind.RBRACK) {
            next();
            return new ArrayTerm(List.of(), loc(open));
        }
        int start = pos;
        Term head = plainTerm();
        if (head != null && peek().kind() == TokenKind.OR) {
            ArrayComprehension c = tryComprehension(TokenKind.RBRACK,
                    body -> new ArrayComprehension(head, body, loc(open)));
            if (c != null) {
                return c;
            }
        }
        List<Term> elements = new ArrayList<>();
        elements.add(continueTerm(head, start));
        elements.addAll(restOfList(TokenKind.RBRACK));
        return new ArrayTerm(elements, loc(open));
    }

    /** {@code {}}, objects, sets and their comprehensions, disambiguated as {@link #array()}. */
    private Term braces() {
        Token open = next();
        if (peek().kind() == TokenKind.RBRACE) {
            next();
            return new ObjectTerm(List.of(), loc(open));
        }
        int start = pos;
        Term head = plainTerm();
        if (head != null && peek().kind() == TokenKind.OR) {
            SetComprehension c = tryComprehension(TokenKind.RBRACE,
                    body -> new SetComprehension(head, body, loc(open)));
            if (c != null) {
                return c;
            }
        }
        Term first;
        Term firstValue = null;
        if (head != null && peek().kind() == TokenKind.COLON) {
            first = head;
            next();
            int valueStart = pos;
            Term value = plainTerm();
            if (value != null && peek().kind() == TokenKind.OR) {
                ObjectComprehension c = tryComprehension(TokenKind.RBRACE,
                        body -> new ObjectComprehension(head, value, body, loc(open)));
                if (c != null) {
                    return c;
                }
            }
            firstValue = continueTerm(value, valueStart);
        } else {
            first = continueTerm(head, start);
            if (peek().kind() != TokenKind.COLON) {
                List<Term> elements = new ArrayList<>();
                elements.add(first);
                elements.addAll(restOfList(TokenKind.RBRACE));
                return new SetTerm(elements, loc(open));
            }
            next();
            firstValue = termIn(false);
        }
        List<ObjectTerm.Entry> entries = new ArrayList<>();
        entries.add(new ObjectTerm.Entry(first, firstValue));
        while (true) {
            Token t = next();
            if (t.kind() == TokenKind.RBRACE) {
                break;
            }
            if (t.kind() != TokenKind.COMMA) {
                throw fail(t, "unexpected %s token: expected , or }", t.describe());
            }
            if (peek().kind() == TokenKind.RBRACE) {
                next();
                break;
            }
            Term k = termIn(false);
            expect(TokenKind.COLON);
            Term v = termIn(false);
            entries.add(new ObjectTerm.Entry(k, v));
        }
        return new ObjectTerm(entries, loc(open));
    }

    /** True if the braces at the current position hold a set or object comprehension (position kept). */
    private boolean startsComprehension() {
        int save = pos;
        int savedErrors = errors.size();
        try {
            Term t = braces();
            return t instanceof SetComprehension || t instanceof ObjectComprehension;
        } catch (ParseException e) {
            rethrowIfFatal(e);
            return false;
        } finally {
            truncateErrors(savedErrors);
            pos = save;
        }
    }

    /**
     * Completes a full term whose first operand {@code head} was already parsed (ending at the
     * current position), so nothing is parsed twice; with no head, parses afresh from {@code start}.
     */
    private Term continueTerm(Term head, int start) {
        if (head == null) {
            pos = start;
            return termIn(false);
        }
        pendingOperand = head;
        return termIn(false);
    }

    /**
     * A term without infix operators (literal, ref, call, collection, parenthesised term), or null
     * if none parses here; errors are discarded because the caller re-parses from the same place.
     */
    private Term plainTerm() {
        int start = pos;
        if (plainTermFailures.contains(start)) {
            return null;
        }
        int savedErrors = errors.size();
        try {
            return unary();
        } catch (ParseException e) {
            rethrowIfFatal(e);
            truncateErrors(savedErrors);
            plainTermFailures.add(start);
            pos = start;
            return null;
        }
    }

    /**
     * After `head |`: parses the comprehension body up to {@code close}; returns null (position and
     * errors restored) if the text is not a comprehension.
     */
    private <T> T tryComprehension(TokenKind close, java.util.function.Function<Body, T> make) {
        int savedErrors = errors.size();
        int save = pos;
        next(); // `|`
        try {
            Body body = query(close);
            expect(close);
            return make.apply(body);
        } catch (ParseException e) {
            rethrowIfFatal(e);
            truncateErrors(savedErrors);
            pos = save;
            return null;
        }
    }

    /** After the first element: `, t`* and the closer (consumed). */
    private List<Term> restOfList(TokenKind end) {
        List<Term> rest = new ArrayList<>();
        while (true) {
            Token t = next();
            if (t.kind() == end) {
                return rest;
            }
            if (t.kind() != TokenKind.COMMA) {
                throw fail(t, "unexpected %s token: expected , or %s", t.describe(), end.symbol());
            }
            if (peek().kind() == end) {
                next();
                return rest;
            }
            rest.add(termIn(false));
        }
    }

    // ---------------------------------------------------------------- tokens and errors

    private boolean isKeyword(String word) {
        if (BASE_KEYWORDS.contains(word)) {
            return true;
        }
        return FUTURE_KEYWORDS.contains(word) && (version == RegoVersion.V1 || futureKeywords.contains(word));
    }

    private boolean isKeywordToken(Token t, String word) {
        return t.isIdent(word) && isKeyword(word);
    }

    /**
     * {@code if} and {@code contains} in a rule head. Like regorus, v0 modules read them as keywords
     * there even without the future imports when they continue the head on the same line, since the
     * alternative reading (a rule named {@code if}) is never what the author meant.
     */
    private boolean isHeadKeyword(Token t, String word) {
        return isKeywordToken(t, word) || (version == RegoVersion.V0 && t.isIdent(word) && !t.newlineBefore());
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    private Token expect(TokenKind kind) {
        Token t = peek();
        if (t.kind() != kind) {
            throw fail(t, "unexpected %s token: expected %s", t.describe(),
                    kind == TokenKind.EOF ? "eof" : kind.symbol());
        }
        return next();
    }

    private Token expectIdent(String what) {
        Token t = peek();
        if (t.kind() != TokenKind.IDENT) {
            throw fail(t, "unexpected %s token: expected %s", t.describe(), what);
        }
        return next();
    }

    private String describeForError(Token t) {
        if (t.kind() == TokenKind.IDENT && isKeyword(t.text())) {
            return t.text() + " keyword";
        }
        return t.describe() + " token";
    }

    private static String describeTerm(Term t) {
        if (t instanceof Scalar s) {
            return s.value().typeName();
        }
        if (t instanceof Ref) {
            return "ref";
        }
        if (t instanceof Call) {
            return "call";
        }
        return t.getClass().getSimpleName().replace("Term", "").toLowerCase(java.util.Locale.ROOT);
    }

    private Location loc(Token t) {
        return new Location(file, t.row(), t.col());
    }

    private void error(Location at, String format, Object... args) {
        errors.add(RegoError.of(RegoError.PARSE_ERROR, at, format, args));
    }

    private void truncateErrors(int size) {
        while (errors.size() > size) {
            errors.remove(errors.size() - 1);
        }
    }

    private ParseException fail(Token at, String format, Object... args) {
        return fail(loc(at), format, args);
    }

    private ParseException fail(Location at, String format, Object... args) {
        error(at, format, args);
        return new ParseException();
    }
}

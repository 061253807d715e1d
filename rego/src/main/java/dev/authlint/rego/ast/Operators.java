package dev.authlint.rego.ast;

import java.util.Map;
import java.util.stream.Collectors;

/** OPA's builtin names for Rego's infix operators, and how calls of them print. */
public final class Operators {

    /** {@code =}: unification. */
    public static final String EQ = "eq";
    /** {@code :=}: declaration and assignment of locals. */
    public static final String ASSIGN = "assign";
    /** {@code x in xs}. */
    public static final String MEMBER = "internal.member_2";
    /** {@code k, v in xs}. */
    public static final String MEMBER_WITH_KEY = "internal.member_3";

    private static final Map<String, String> INFIX = Map.ofEntries(
            Map.entry(EQ, "="), Map.entry(ASSIGN, ":="),
            Map.entry("equal", "=="), Map.entry("neq", "!="),
            Map.entry("lt", "<"), Map.entry("lte", "<="), Map.entry("gt", ">"), Map.entry("gte", ">="),
            Map.entry("plus", "+"), Map.entry("minus", "-"), Map.entry("mul", "*"),
            Map.entry("div", "/"), Map.entry("rem", "%"),
            Map.entry("and", "&"), Map.entry("or", "|"),
            Map.entry(MEMBER, "in"));

    private Operators() {
    }

    /** The infix symbol for an operator builtin name, or {@code null}. */
    public static String infixSymbol(String builtinName) {
        return INFIX.get(builtinName);
    }

    /** Prints a call in Rego syntax, infix where the source would have been infix. */
    static String format(Call call) {
        String name = call.name();
        String symbol = name == null ? null : INFIX.get(name);
        if (symbol != null && call.args().size() == 2) {
            return call.args().get(0) + " " + symbol + " " + call.args().get(1);
        }
        if (MEMBER_WITH_KEY.equals(name) && call.args().size() == 3) {
            return call.args().get(0) + ", " + call.args().get(1) + " in " + call.args().get(2);
        }
        return call.operator() + call.args().stream().map(Term::toString)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}

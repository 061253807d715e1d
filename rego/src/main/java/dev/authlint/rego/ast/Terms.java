package dev.authlint.rego.ast;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Small helpers over terms: groundness, walking, printing. */
public final class Terms {

    private Terms() {
    }

    /** True if {@code term} contains no variable (ref heads included, as in OPA's IsGround). */
    public static boolean isGround(Term term) {
        boolean[] ground = {true};
        walkVars(term, v -> ground[0] = false);
        return ground[0];
    }

    /**
     * Visits every var in {@code term}, including vars inside comprehension bodies (whose own
     * locals are reported too; callers that need closure semantics filter them).
     */
    public static void walkVars(Term term, Consumer<Var> visitor) {
        if (term instanceof Var v) {
            visitor.accept(v);
        } else if (term instanceof Ref r) {
            walkVars(r.head(), visitor);
            r.path().forEach(t -> walkVars(t, visitor));
        } else if (term instanceof ArrayTerm a) {
            a.elements().forEach(t -> walkVars(t, visitor));
        } else if (term instanceof SetTerm s) {
            s.elements().forEach(t -> walkVars(t, visitor));
        } else if (term instanceof ObjectTerm o) {
            o.entries().forEach(e -> {
                walkVars(e.key(), visitor);
                walkVars(e.value(), visitor);
            });
        } else if (term instanceof Call c) {
            c.args().forEach(t -> walkVars(t, visitor));
        } else if (term instanceof ArrayComprehension c) {
            walkVars(c.term(), visitor);
            c.body().walkVars(visitor);
        } else if (term instanceof SetComprehension c) {
            walkVars(c.term(), visitor);
            c.body().walkVars(visitor);
        } else if (term instanceof ObjectComprehension c) {
            walkVars(c.key(), visitor);
            walkVars(c.value(), visitor);
            c.body().walkVars(visitor);
        }
    }

    /** True if {@code s} can be written as a bare identifier after a dot. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String join(String open, List<? extends Term> terms, String close) {
        return terms.stream().map(Term::toString).collect(Collectors.joining(", ", open, close));
    }
}

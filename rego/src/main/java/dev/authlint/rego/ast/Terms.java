package dev.authlint.rego.ast;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;

import java.util.ArrayList;
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

    /**
     * A term that evaluates to {@code value}: scalars become {@link Scalar}s, composites become
     * literals of scalars (used to inline compile-time constants such as {@code rego.metadata.chain()}).
     */
    public static Term fromValue(Value value, Location location) {
        if (value instanceof ArrayValue a) {
            List<Term> elements = new ArrayList<>(a.size());
            a.elements().forEach(v -> elements.add(fromValue(v, location)));
            return new ArrayTerm(elements, location);
        }
        if (value instanceof SetValue s) {
            List<Term> elements = new ArrayList<>(s.size());
            s.elements().forEach(v -> elements.add(fromValue(v, location)));
            return new SetTerm(elements, location);
        }
        if (value instanceof ObjectValue o) {
            List<ObjectTerm.Entry> entries = new ArrayList<>(o.size());
            o.entries().forEach(e -> entries.add(new ObjectTerm.Entry(fromValue(e.getKey(), location),
                    fromValue(e.getValue(), location))));
            return new ObjectTerm(entries, location);
        }
        return new Scalar(value, location);
    }

    /**
     * The kind ({@code ref}, {@code var}, {@code call}) of the first part of {@code term} that is
     * not a constant, skipping comprehensions, as OPA names them in "illegal default rule (value
     * cannot contain ref)"; empty if the term is a constant literal.
     */
    public static java.util.Optional<String> firstNonConstant(Term term) {
        if (term instanceof Ref) {
            return java.util.Optional.of("ref");
        }
        if (term instanceof Var) {
            return java.util.Optional.of("var");
        }
        if (term instanceof Call) {
            return java.util.Optional.of("call");
        }
        List<Term> children = new ArrayList<>();
        if (term instanceof ArrayTerm a) {
            children.addAll(a.elements());
        } else if (term instanceof SetTerm s) {
            children.addAll(s.elements());
        } else if (term instanceof ObjectTerm o) {
            o.entries().forEach(e -> {
                children.add(e.key());
                children.add(e.value());
            });
        }
        for (Term child : children) {
            java.util.Optional<String> kind = firstNonConstant(child);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return java.util.Optional.empty();
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

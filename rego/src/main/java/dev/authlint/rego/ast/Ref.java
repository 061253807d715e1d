package dev.authlint.rego.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reference: a head term followed by a path, e.g. {@code input.spec[i].name}. Dotted path
 * elements are string {@link Scalar}s; bracketed ones are any term.
 *
 * @param head     usually a {@link Var} ({@code data}, {@code input}, a local); may be a call,
 *                 collection or comprehension ({@code f(x)[0]})
 * @param path     the elements after the head, possibly empty
 * @param location where the reference starts
 */
public record Ref(Term head, List<Term> path, Location location) implements Term {

    public Ref {
        Objects.requireNonNull(head, "head");
        path = List.copyOf(path);
    }

    /** A ref of a var head and string path elements, e.g. {@code Ref.of(loc, "data", "x", "y")}. */
    public static Ref of(Location location, String head, String... path) {
        List<Term> elements = new ArrayList<>(path.length);
        for (String element : path) {
            elements.add(Scalar.string(element, location));
        }
        return new Ref(new Var(head, location), elements, location);
    }

    /** The head as a var, or {@code null} if the head is another kind of term. */
    public Var headVar() {
        return head instanceof Var v ? v : null;
    }

    /** Number of elements including the head. */
    public int length() {
        return path.size() + 1;
    }

    /** Element {@code i}, where 0 is the head. */
    public Term get(int i) {
        return i == 0 ? head : path.get(i - 1);
    }

    /** A ref with the same head and the given extra elements. */
    public Ref append(List<Term> more) {
        List<Term> elements = new ArrayList<>(path);
        elements.addAll(more);
        return new Ref(head, elements, location);
    }

    /** The first {@code n} elements (head included). */
    public Ref prefix(int n) {
        return new Ref(head, path.subList(0, n - 1), location);
    }

    /**
     * The longest prefix whose elements are all ground (the head var counts as ground), as OPA's
     * {@code Ref.GroundPrefix}.
     */
    public Ref groundPrefix() {
        int n = 0;
        while (n < path.size() && Terms.isGround(path.get(n))) {
            n++;
        }
        return prefix(n + 1);
    }

    /** True if the head is the var {@code name}. */
    public boolean hasHead(String name) {
        return head instanceof Var v && v.name().equals(name);
    }

    /** True if this ref starts with all elements of {@code other}. */
    public boolean hasPrefix(Ref other) {
        if (other.length() > length()) {
            return false;
        }
        for (int i = 0; i < other.length(); i++) {
            if (!get(i).equals(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dotted name if the ref is a var followed only by string elements (e.g. a builtin or
     * function name {@code net.cidr_contains}); otherwise {@code null}.
     */
    public String toDottedName() {
        if (!(head instanceof Var v)) {
            return null;
        }
        StringBuilder name = new StringBuilder(v.name());
        for (Term element : path) {
            String s = element instanceof Scalar scalar ? scalar.stringValue() : null;
            if (s == null) {
                return null;
            }
            name.append('.').append(s);
        }
        return name.toString();
    }

    /** Equality ignores locations, as in OPA. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ref other && head.equals(other.head) && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return 31 * head.hashCode() + path.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(head.toString());
        for (Term element : path) {
            String s = element instanceof Scalar scalar ? scalar.stringValue() : null;
            if (s != null && Terms.isIdentifier(s)) {
                text.append('.').append(s);
            } else {
                text.append('[').append(element).append(']');
            }
        }
        return text.toString();
    }
}

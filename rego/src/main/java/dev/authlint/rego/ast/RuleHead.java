package dev.authlint.rego.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule head, mirroring OPA's {@code ast.Head}.
 *
 * <ul>
 *   <li>{@code p := 1}: ref {@code p}, COMPLETE, value {@code 1}, assign</li>
 *   <li>{@code p if ...}: ref {@code p}, COMPLETE, value {@code true}</li>
 *   <li>{@code p[k] := v}, {@code a.b[x].c := v}: ref with the vars, COMPLETE, value {@code v};
 *       {@code key} is the last ref element when the ref is {@code name[key]} (OPA compatibility)</li>
 *   <li>{@code p contains x}: ref {@code p}, MULTI_VALUE, key {@code x}, no value</li>
 *   <li>{@code f(x) := y}: ref {@code f}, FUNCTION, args {@code [x]}, value {@code y}</li>
 * </ul>
 *
 * @param ref      the rule reference relative to the package; its head is the rule name var
 * @param kind     the kind of rule
 * @param args     function arguments (empty unless FUNCTION)
 * @param key      the set member (MULTI_VALUE) or object key of a {@code name[key]} head; else null
 * @param value    the value; null only for MULTI_VALUE
 * @param assign   true if written with {@code :=}
 * @param location where the head starts
 */
public record RuleHead(Ref ref, RuleKind kind, List<Term> args, Term key, Term value, boolean assign,
                       Location location) implements Node {

    public RuleHead {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    /** The rule name: the head var of the ref ({@code p} for {@code p.q[x]}). */
    public String name() {
        return ((Var) ref.head()).name();
    }

    /** Copy with another value term. */
    public RuleHead withValue(Term newValue) {
        return new RuleHead(ref, kind, args, key, newValue, assign, location);
    }

    /** Copy with another ref. */
    public RuleHead withRef(Ref newRef) {
        return new RuleHead(newRef, kind, args, key, value, assign, location);
    }

    /**
     * The head ref as a list of terms where the name var is a string, e.g. {@code ["p", "q", x]}:
     * the shape to append to a package path.
     */
    public List<Term> refAsPath() {
        List<Term> path = new ArrayList<>(ref.length());
        path.add(Scalar.string(name(), ref.location()));
        path.addAll(ref.path());
        return path;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(ref.toString());
        if (kind == RuleKind.FUNCTION) {
            text.append(Terms.join("(", args, ")"));
        }
        if (kind == RuleKind.MULTI_VALUE) {
            text.append(" contains ").append(key);
        } else if (value != null) {
            text.append(assign ? " := " : " = ").append(value);
        }
        return text.toString();
    }
}

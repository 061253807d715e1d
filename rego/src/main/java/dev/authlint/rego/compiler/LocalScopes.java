package dev.authlint.rego.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack of variable scopes used while renaming locals (OPA's {@code localDeclaredVars}): each
 * scope maps a user's name to its generated name and remembers how the name first occurred, which
 * decides the redeclaration errors.
 */
final class LocalScopes {

    /** How a name first occurred in a scope. */
    enum Occurrence { SEEN, ARG, ASSIGNED, DECLARED }

    private static final class Scope {
        final Map<String, String> names = new HashMap<>();
        final Map<String, Occurrence> occurrences = new HashMap<>();
    }

    private final List<Scope> scopes = new ArrayList<>();
    /** Generated name → user name, for every declaration ever made on this stack. */
    final Map<String, String> rewritten = new HashMap<>();

    LocalScopes() {
        scopes.add(new Scope());
    }

    /** A copy with all scopes flattened into one, for giving each else branch the function's args. */
    LocalScopes copy() {
        LocalScopes c = new LocalScopes();
        Scope flat = c.scopes.get(0);
        for (Scope s : scopes) {
            flat.names.putAll(s.names);
            flat.occurrences.putAll(s.occurrences);
        }
        c.rewritten.putAll(rewritten);
        return c;
    }

    void push() {
        scopes.add(new Scope());
    }

    void pop() {
        scopes.remove(scopes.size() - 1);
    }

    /** The generated name of a declared var, searching outward; null if not declared. */
    String declared(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String g = scopes.get(i).names.get(name);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** How {@code name} first occurred in the innermost scope, or null. */
    Occurrence occurrence(String name) {
        return top().occurrences.get(name);
    }

    void insert(String name, String generated, Occurrence occurrence) {
        Scope top = top();
        top.names.put(name, generated);
        top.occurrences.put(name, occurrence);
        if (!name.equals(generated)) {
            rewritten.put(generated, name);
        }
    }

    /** The innermost scope's names with the given occurrence, as user name → generated name. */
    Map<String, String> topNames(Occurrence occurrence) {
        Map<String, String> out = new HashMap<>();
        top().occurrences.forEach((name, occ) -> {
            if (occ == occurrence) {
                out.put(name, top().names.get(name));
            }
        });
        return out;
    }

    /** The innermost scope's user name → generated name map (seen vars map to themselves). */
    Map<String, String> topNames() {
        return top().names;
    }

    private Scope top() {
        return scopes.get(scopes.size() - 1);
    }
}

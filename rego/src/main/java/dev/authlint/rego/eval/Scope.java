package dev.authlint.rego.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Variable scopes of one frame (a rule chain or a query). Nested bodies (comprehensions,
 * {@code every}) get child scopes whose variables take further slots of the same frame, so
 * closures read outer variables directly.
 */
final class Scope {

    private final Scope parent;
    private final int[] counter;
    private final Map<String, Integer> vars = new HashMap<>();

    private Scope(Scope parent, int[] counter) {
        this.parent = parent;
        this.counter = counter;
    }

    /** The outermost scope of a new frame. */
    static Scope newFrame() {
        return new Scope(null, new int[1]);
    }

    /** A nested scope sharing this frame. */
    Scope child() {
        return new Scope(this, counter);
    }

    /** The slot of {@code name} in this scope or an enclosing one, or -1. */
    int lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Integer slot = s.vars.get(name);
            if (slot != null) {
                return slot;
            }
        }
        return -1;
    }

    /** True when {@code name} is declared in this very scope. */
    boolean declaresHere(String name) {
        return vars.containsKey(name);
    }

    /** Declares {@code name} in this scope with a fresh slot (shadowing outer ones). */
    int declare(String name) {
        int slot = counter[0]++;
        vars.put(name, slot);
        return slot;
    }

    /** A fresh anonymous slot. */
    int anonymous() {
        return counter[0]++;
    }

    /** The number of slots the frame needs. */
    int frameSize() {
        return counter[0];
    }
}

package dev.authlint.rego.eval;

/**
 * "What to do next" after a goal succeeded with the current bindings. Returning {@code true} asks
 * every enclosing enumeration to stop (one answer was enough); {@code false} asks for the next one.
 */
@FunctionalInterface
interface Cont {
    boolean run();
}

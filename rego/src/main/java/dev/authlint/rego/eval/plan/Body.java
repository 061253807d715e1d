package dev.authlint.rego.eval.plan;

/** A conjunction of steps, already ordered so that each step runs after the variables it reads are bound. */
public record Body(Step[] steps) {

    /** The empty body, which succeeds once. */
    public static final Body EMPTY = new Body(new Step[0]);
}

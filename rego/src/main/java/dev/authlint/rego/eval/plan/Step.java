package dev.authlint.rego.eval.plan;

import dev.authlint.rego.ast.Location;

/**
 * One expression of a body: a goal, possibly negated, possibly under {@code with} modifiers.
 *
 * @param goal      what to evaluate
 * @param negated   {@code not goal}
 * @param withs     the {@code with} modifiers, applied in order; empty when none
 * @param location  where the expression starts, for errors and cancellation reports
 * @param valueSlot frame slot that receives the expression's value (query expressions only), else -1
 * @param keepFalse the value {@code false} is captured as a result instead of failing the step (the
 *                  only expression of a query without iteration, as OPA's query capture does)
 */
public record Step(Goal goal, boolean negated, WithModifier[] withs, Location location, int valueSlot,
        boolean keepFalse) {
}

package dev.authlint.rego.eval.plan;

import java.util.List;

/**
 * A compiled query in executable form.
 *
 * @param body        the query's expressions, in evaluation order
 * @param frameSize   the number of variable slots
 * @param outputs     the user-visible variables, in order of first appearance
 * @param valueSlots  for each expression in source order, the slot receiving its value
 */
public record QueryPlan(Body body, int frameSize, List<Output> outputs, int[] valueSlots) {

    /** A variable of the query reported in results. */
    public record Output(String name, int slot) {
    }
}

package dev.authlint.rego.eval.plan;

import dev.authlint.rego.value.ObjectValue;

/**
 * Everything an evaluation needs besides the query and input: the frozen rule tree and the base
 * documents.
 *
 * @param rules the rule tree rooted at {@code data}
 * @param base  the base documents at {@code data}
 */
public record PolicyPlan(DataNode rules, ObjectValue base) {
}

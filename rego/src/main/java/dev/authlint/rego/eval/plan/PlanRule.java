package dev.authlint.rego.eval.plan;

import dev.authlint.rego.ast.Location;

/**
 * One rule definition (or one link of an {@code else} chain) in executable form.
 *
 * @param kind      complete (single value), multi-value ({@code contains}) or function
 * @param path      the rule's data path for messages, e.g. {@code data.test.p}
 * @param keyPath   head ref elements after the path of the node the rule is stored at: empty for
 *                  {@code p := v}, {@code [k]} for {@code p[k] := v} (a partial object), longer for
 *                  nested ref heads
 * @param value     the head value; the element for multi-value rules
 * @param args      function arguments (patterns), empty for other kinds
 * @param body      the body; {@link Body#EMPTY} for facts
 * @param elseRule  the next link of the {@code else} chain, or null
 * @param frameSize the number of variable slots the whole chain needs
 * @param location  the rule head's location
 * @param isDefault true for a {@code default} rule
 */
public record PlanRule(
        RuleKind kind,
        String path,
        Operand[] keyPath,
        Operand value,
        Operand[] args,
        Body body,
        PlanRule elseRule,
        int frameSize,
        Location location,
        boolean isDefault) {

    /** How a rule contributes to its document. */
    public enum RuleKind {
        /** {@code p := v}, {@code p[k] := v}: one value per key path. */
        COMPLETE,
        /** {@code p contains v}: adds elements to a set. */
        MULTI_VALUE,
        /** {@code f(x) := v}. */
        FUNCTION
    }

    /** The file the rule was defined in, or {@code null}. */
    public String file() {
        return location == null ? null : location.file();
    }
}

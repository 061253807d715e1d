package dev.authlint.rego.eval.plan;

/** What a step asks the evaluator to satisfy. */
public sealed interface Goal
        permits Goal.Unify, Goal.CallGoal, Goal.Truthy, Goal.Every, Goal.Succeed {

    /** {@code left = right} (also {@code :=} and, after safety ordering, {@code ==} on bound sides). */
    record Unify(Operand left, Operand right) implements Goal {
    }

    /**
     * A call used as an expression. Without {@code output} it succeeds when the result is defined and
     * not {@code false}; with it, the result is unified with {@code output}.
     */
    record CallGoal(Operand.CallOp call, Operand output) implements Goal {
    }

    /** A bare term: succeeds for every value of the term other than {@code false}. */
    record Truthy(Operand term) implements Goal {
    }

    /** {@code every key, value in domain { body }}; {@code key} may be null. */
    record Every(Operand.Local key, Operand.Local value, Operand domain, Body body) implements Goal {
    }

    /** Always succeeds once ({@code some x} declarations). */
    record Succeed() implements Goal {
    }
}

package dev.authlint.core.policy;

/** A policy failed while evaluating one input; the run goes on but is marked unsuccessful. */
public final class PolicyEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}

/**
 * The evaluator's executable form of a compiled policy: operands with variables resolved to frame
 * slots, bodies as arrays of steps, and the data tree of rule sets. Built once per
 * {@link dev.authlint.rego.Rego} by {@link dev.authlint.rego.eval.Planner}; immutable after that and
 * shared by every evaluation.
 */
package dev.authlint.rego.eval.plan;

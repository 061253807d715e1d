package dev.authlint.rego.compiler;

/**
 * One step of the compiler pipeline, named as in OPA's {@code ast.Compiler} so errors and
 * debugging map onto OPA's documentation. Stages run in a fixed order; compilation stops after
 * the first stage that reports an error.
 */
interface CompilerStage {

    /** OPA's stage name, e.g. {@code CheckSafetyRuleBodies}. */
    String name();

    /** Runs the stage, reading and replacing modules and recording errors on the context. */
    void run(CompileContext ctx);
}

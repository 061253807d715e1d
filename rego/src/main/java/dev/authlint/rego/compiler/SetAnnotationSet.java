package dev.authlint.rego.compiler;

/** Indexes METADATA blocks (parsed with the module) and reports redeclared document/package blocks. */
final class SetAnnotationSet implements CompilerStage {

    @Override
    public String name() {
        return "SetAnnotationSet";
    }

    @Override
    public void run(CompileContext ctx) {
        ctx.annotationSet = AnnotationSet.build(ctx.modules(), ctx);
    }
}

package dev.authlint.rego.compiler;

import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Call;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.ast.Term;
import dev.authlint.rego.ast.Terms;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import dev.authlint.rego.value.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces {@code rego.metadata.chain()} and {@code rego.metadata.rule()} with constants computed
 * from the rule's annotations, as OPA does at compile time.
 *
 * <pre>
 * # METADATA
 * # title: T
 * p := rego.metadata.rule()   ==&gt;   p := {"scope": "rule", "title": "T"}
 * </pre>
 */
final class RewriteRegoMetadataCalls implements CompilerStage {

    static final String CHAIN = "rego.metadata.chain";
    static final String RULE = "rego.metadata.rule";

    @Override
    public String name() {
        return "RewriteRegoMetadataCalls";
    }

    @Override
    public void run(CompileContext ctx) {
        ctx.rewriteRules(top -> {
            List<Rule> chain = top.elseChain();
            List<Rule> out = new ArrayList<>();
            for (Rule r : chain) {
                out.add(rewrite(ctx.annotationSet, r));
            }
            Rule result = out.get(out.size() - 1);
            for (int i = out.size() - 2; i >= 0; i--) {
                result = out.get(i).withElse(result);
            }
            return result;
        });
    }

    private static Rule rewrite(AnnotationSet set, Rule rule) {
        boolean[] found = {false};
        AstWalker.terms(rule.withElse(null), t -> {
            if (t instanceof Call c && (c.isOperator(CHAIN) || c.isOperator(RULE)) && c.args().isEmpty()) {
                found[0] = true;
            }
            return found[0];
        });
        if (!found[0]) {
            return rule;
        }
        Value chainValue = chain(set, rule);
        Value ruleValue = ruleAnnotations(set, rule);
        AstTransformer replace = new AstTransformer() {
            @Override
            Term term(Term t) {
                if (t instanceof Call c && c.args().isEmpty()) {
                    if (c.isOperator(CHAIN)) {
                        return Terms.fromValue(chainValue, c.location());
                    }
                    if (c.isOperator(RULE)) {
                        return Terms.fromValue(ruleValue, c.location());
                    }
                }
                return super.term(t);
            }
        };
        Rule rewritten = replace.rule(rule.withElse(null));
        return rewritten.withElse(rule.elseRule());
    }

    static Value chain(AnnotationSet set, Rule rule) {
        List<Object> entries = new ArrayList<>();
        for (AnnotationsRef ref : set.chain(rule)) {
            entries.add(ref.toJava());
        }
        return Values.fromJava(entries);
    }

    static Value ruleAnnotations(AnnotationSet set, Rule rule) {
        List<Annotations> own = set.ruleScope(rule);
        return own.isEmpty() ? ObjectValue.EMPTY : Values.fromJava(own.get(0).toJava());
    }
}

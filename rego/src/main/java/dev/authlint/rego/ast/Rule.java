package dev.authlint.rego.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule or function definition, mirroring OPA's {@code ast.Rule}.
 *
 * @param pkg         the package the rule belongs to
 * @param head        the head (ref, kind, args, key, value)
 * @param body        the body; {@code true} when the rule was written without one
 * @param elseRule    the next rule of an {@code else} chain (same ref and args), or {@code null}
 * @param isDefault   true for {@code default p := v}
 * @param annotations METADATA blocks attached directly to this rule (scope rule or document)
 * @param location    where the rule starts ({@code default} included)
 */
public record Rule(Package pkg, RuleHead head, Body body, Rule elseRule, boolean isDefault,
                   List<Annotations> annotations, Location location) implements Node {

    public Rule {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        annotations = List.copyOf(annotations);
    }

    /** The kind of rule. */
    public RuleKind kind() {
        return head.kind();
    }

    /**
     * The absolute reference of the rule: package path plus head ref, e.g. {@code data.pkg.p[x]}.
     * For functions this is the function name ({@code data.pkg.f}).
     */
    public Ref path() {
        return pkg.path().append(head.refAsPath());
    }

    /** Copy with another body. */
    public Rule withBody(Body newBody) {
        return new Rule(pkg, head, newBody, elseRule, isDefault, annotations, location);
    }

    /** Copy with another head. */
    public Rule withHead(RuleHead newHead) {
        return new Rule(pkg, newHead, body, elseRule, isDefault, annotations, location);
    }

    /** Copy with another else chain. */
    public Rule withElse(Rule newElse) {
        return new Rule(pkg, head, body, newElse, isDefault, annotations, location);
    }

    /** Copy with other annotations. */
    public Rule withAnnotations(List<Annotations> newAnnotations) {
        return new Rule(pkg, head, body, elseRule, isDefault, newAnnotations, location);
    }

    /** This rule followed by its else rules. */
    public List<Rule> elseChain() {
        List<Rule> chain = new ArrayList<>();
        for (Rule r = this; r != null; r = r.elseRule) {
            chain.add(r);
        }
        return chain;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(isDefault ? "default " : "").append(head);
        if (!isDefault) {
            text.append(" if { ").append(body).append(" }");
        }
        if (elseRule != null) {
            text.append(" else");
            if (elseRule.head.value() != null) {
                text.append(" = ").append(elseRule.head.value());
            }
            text.append(" if { ").append(elseRule.body).append(" }");
        }
        return text.toString();
    }
}

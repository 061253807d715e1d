package dev.authlint.rego.compiler;

import dev.authlint.rego.RegoError;
import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Location;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every METADATA block of a policy, indexed the way {@code rego.metadata.chain()} needs them:
 * rule blocks by rule, document blocks by rule path, package and subpackages blocks by package
 * path. At most one document, package and subpackages block may exist per path.
 */
public final class AnnotationSet {

    static final AnnotationSet EMPTY = new AnnotationSet(Map.of(), Map.of(), Map.of(), List.of());

    private final Map<List<String>, AnnotationsRef> documents;
    private final Map<List<String>, AnnotationsRef> packages;
    private final Map<List<String>, AnnotationsRef> subpackages;
    private final List<AnnotationsRef> all;

    private AnnotationSet(Map<List<String>, AnnotationsRef> documents, Map<List<String>, AnnotationsRef> packages,
                          Map<List<String>, AnnotationsRef> subpackages, List<AnnotationsRef> all) {
        this.documents = documents;
        this.packages = packages;
        this.subpackages = subpackages;
        this.all = all;
    }

    /** Indexes the blocks of {@code modules} (sorted by file), reporting redeclarations on {@code ctx}. */
    static AnnotationSet build(List<Module> modules, CompileContext ctx) {
        Map<List<String>, AnnotationsRef> documents = new HashMap<>();
        Map<List<String>, AnnotationsRef> packages = new HashMap<>();
        Map<List<String>, AnnotationsRef> subpackages = new HashMap<>();
        List<AnnotationsRef> all = new ArrayList<>();
        for (Module m : modules) {
            List<String> pkgPath = path(RuleTree.groundKeys(m.pkg().path()));
            for (Annotations a : m.annotations()) {
                if (a.scope().equals(Annotations.SCOPE_PACKAGE)) {
                    put(packages, pkgPath, a, ctx, all);
                } else if (a.scope().equals(Annotations.SCOPE_SUBPACKAGES)) {
                    put(subpackages, pkgPath, a, ctx, all);
                }
            }
            for (Rule r : m.rules()) {
                List<String> rulePath = rulePath(r);
                for (Annotations a : r.annotations()) {
                    if (a.scope().equals(Annotations.SCOPE_DOCUMENT)) {
                        put(documents, rulePath, a, ctx, all);
                    } else {
                        all.add(new AnnotationsRef(rulePath, a, a.location()));
                    }
                }
            }
        }
        all.sort(Comparator.comparing((AnnotationsRef r) -> r.location().file())
                .thenComparingInt(r -> r.location().row()));
        return new AnnotationSet(Map.copyOf(documents), Map.copyOf(packages), Map.copyOf(subpackages),
                List.copyOf(all));
    }

    private static void put(Map<List<String>, AnnotationsRef> index, List<String> path, Annotations a,
                            CompileContext ctx, List<AnnotationsRef> all) {
        AnnotationsRef previous = index.get(path);
        if (previous != null) {
            Location other = previous.location();
            ctx.error(RegoError.TYPE_ERROR, a.location(), "%s annotation redeclared: %s", a.scope(),
                    other.file() == null || other.file().isEmpty() ? other.row() + ":" + other.col()
                            : other.file() + ":" + other.row());
            return;
        }
        AnnotationsRef ref = new AnnotationsRef(path, a, a.location());
        index.put(path, ref);
        all.add(ref);
    }

    /** The rule's path without {@code data}, cut at the first non-constant element. */
    static List<String> rulePath(Rule r) {
        return path(RuleTree.groundKeys(r.path()));
    }

    private static List<String> path(List<Value> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (Value k : keys) {
            out.add(k instanceof StringValue s ? s.value() : k.toRegoString());
        }
        return out;
    }

    /**
     * The annotation chain of a rule, closest first: its rule blocks (or a placeholder entry with
     * only the path), the document block, the package block, then subpackages blocks from the
     * package upward.
     */
    public List<AnnotationsRef> chain(Rule rule) {
        List<AnnotationsRef> chain = new ArrayList<>();
        List<String> rulePath = rulePath(rule);
        List<Annotations> ruleScope = ruleScope(rule);
        if (ruleScope.isEmpty()) {
            chain.add(new AnnotationsRef(rulePath, null, rule.location()));
        } else {
            ruleScope.forEach(a -> chain.add(new AnnotationsRef(rulePath, a, a.location())));
        }
        AnnotationsRef doc = documents.get(rulePath);
        if (doc != null) {
            chain.add(doc);
        }
        List<String> pkgPath = path(RuleTree.groundKeys(rule.pkg().path()));
        AnnotationsRef pkg = packages.get(pkgPath);
        if (pkg != null) {
            chain.add(pkg);
        }
        for (int n = pkgPath.size(); n >= 0; n--) {
            AnnotationsRef sub = subpackages.get(pkgPath.subList(0, n));
            if (sub != null) {
                chain.add(sub);
            }
        }
        return chain;
    }

    /** The rule's own rule-scope blocks, closest to the rule first. */
    public List<Annotations> ruleScope(Rule rule) {
        List<Annotations> out = new ArrayList<>();
        for (Annotations a : rule.annotations()) {
            if (a.scope().equals(Annotations.SCOPE_RULE)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingInt((Annotations a) -> a.location().row()).reversed());
        return out;
    }

    /** Every block with its path, sorted by file and line. */
    public List<AnnotationsRef> all() {
        return all;
    }
}

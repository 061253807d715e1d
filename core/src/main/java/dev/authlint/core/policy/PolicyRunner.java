package dev.authlint.core.policy;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.ToolNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates rules on document envelopes as docs/input-schema.md describes: document-scope rules on each
 * envelope that has their input section, conftest-style rules on each raw document, repository-scope rules once
 * on {@code {"documents": [...]}}. Documents are evaluated in parallel; the result order is whatever finishes
 * first, and the caller sorts.
 */
public final class PolicyRunner {

    private final PolicyEvaluator evaluator;
    private final List<PolicyRule> rules;

    /**
     * @param evaluator the compiled policies
     * @param rules the enabled rules (disabled ones are simply not passed)
     */
    public PolicyRunner(PolicyEvaluator evaluator, List<PolicyRule> rules) {
        this.evaluator = evaluator;
        this.rules = List.copyOf(rules);
    }

    /** Runs every rule on {@code documents} (in scan order: repository paths index into this list). */
    public PolicyRunResult run(List<InputDocument> documents) {
        List<PolicyEvaluator.Input> inputs = documents.parallelStream()
                .map(d -> evaluator.input(d.envelope())).toList();
        List<Outcome> perDocument = java.util.stream.IntStream.range(0, documents.size()).parallel()
                .mapToObj(i -> evaluateDocument(documents.get(i), inputs.get(i))).toList();
        List<Finding> findings = new ArrayList<>();
        List<ToolNotification> notes = new ArrayList<>();
        for (Outcome o : perDocument) {
            findings.addAll(o.findings);
            notes.addAll(o.notes);
        }
        List<PolicyRule> repositoryRules = rules.stream().filter(r -> r.scope() == RuleScope.REPOSITORY).toList();
        if (!repositoryRules.isEmpty() && !documents.isEmpty()) {
            PolicyEvaluator.Input repo = evaluator.repositoryInput(inputs);
            Function<List<Object>, SourceLocation> locate = path -> locateInRepository(documents, path);
            for (PolicyRule rule : repositoryRules) {
                evaluate(rule, repo, locate, SourceLocation.ofFile(documents.get(0).file()), findings, notes);
            }
        }
        return new PolicyRunResult(findings, notes);
    }

    private record Outcome(List<Finding> findings, List<ToolNotification> notes) {
    }

    private Outcome evaluateDocument(InputDocument doc, PolicyEvaluator.Input input) {
        List<Finding> findings = new ArrayList<>();
        List<ToolNotification> notes = new ArrayList<>();
        PolicyEvaluator.Input raw = null;
        SourceLocation docStart = doc.locate(List.of("document"));
        for (PolicyRule rule : rules) {
            switch (rule.scope()) {
                case DOCUMENT -> {
                    if (rule.inputSection() == null || doc.envelope().get(rule.inputSection()) != null) {
                        evaluate(rule, input, doc::locate, docStart, findings, notes);
                    }
                }
                case RAW_DOCUMENT -> {
                    if (raw == null) {
                        raw = evaluator.input(doc.envelope().get("document"));
                    }
                    evaluate(rule, raw, path -> doc.locate(prefixed("document", path)), docStart, findings, notes);
                }
                case REPOSITORY -> {
                    // evaluated once per run
                }
            }
        }
        return new Outcome(findings, notes);
    }

    private void evaluate(PolicyRule rule, PolicyEvaluator.Input input, Function<List<Object>, SourceLocation> locate,
                          SourceLocation where, List<Finding> findings, List<ToolNotification> notes) {
        for (String entrypoint : rule.entrypoints()) {
            List<Object> results;
            try {
                results = evaluator.results(rule.query(entrypoint), input);
            } catch (PolicyEvaluationException e) {
                notes.add(new ToolNotification("error", "rule " + rule.id() + " (" + rule.query(entrypoint)
                        + ") failed: " + e.getMessage(), where));
                continue;
            }
            for (Object value : results) {
                findings.add(ResultConverter.convert(rule, entrypoint, value, locate));
            }
        }
    }

    /** Resolves {@code ["documents", i, …]}; anything else points at the first document. */
    static SourceLocation locateInRepository(List<InputDocument> documents, List<Object> path) {
        if (path.size() >= 2 && "documents".equals(path.get(0)) && path.get(1) instanceof Integer i
                && i >= 0 && i < documents.size()) {
            return documents.get(i).locate(path.subList(2, path.size()));
        }
        return documents.get(0).locate(List.of());
    }

    private static List<Object> prefixed(String head, List<Object> path) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.add(head);
        out.addAll(path);
        return out;
    }

    /** The parameters policies see as {@code data.authlint.params}: documented defaults, then the config's. */
    public static Map<String, Object> params(List<PolicyRule> rules, Map<String, Object> configured) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (PolicyRule r : rules) {
            r.paramDefaults().forEach(out::putIfAbsent);
        }
        out.putAll(configured);
        return out;
    }
}

package dev.authlint.core.docs;

import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.policy.BuiltinRules;
import dev.authlint.core.policy.PolicyRule;
import dev.authlint.core.policy.PolicySet;
import dev.authlint.core.policy.RuleScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the rule reference pages from a {@link PolicySet}: {@code <ID>.md} for every Rego rule and every
 * rule built into authlint ({@link BuiltinRules}), and a {@code README.md} index. The output depends only on the metadata, so a committed page that differs from a
 * fresh rendering is stale.
 */
public final class RuleDocs {

    /** The index page's file name. */
    public static final String INDEX = "README.md";

    private RuleDocs() {
    }

    /**
     * The pages for every rule of {@code policies} and every built-in rule, by file name, in rule-id order,
     * index last.
     *
     * @param policies the rules to document
     */
    public static Map<String, String> render(PolicySet policies) {
        Map<String, String> byId = new TreeMap<>(RuleDocs::compareIds);
        for (PolicyRule rule : policies.rules()) {
            byId.put(rule.id(), RulePage.render(rule));
        }
        for (RuleInfo builtin : BuiltinRules.ALL) {
            byId.put(builtin.id(), RulePage.renderBuiltin(builtin));
        }
        Map<String, String> pages = new LinkedHashMap<>();
        byId.forEach((id, page) -> pages.put(id + ".md", page));
        List<RuleInfo> infos = policies.allRuleInfos().stream()
                .sorted(Comparator.comparing(RuleInfo::id, RuleDocs::compareIds))
                .toList();
        pages.put(INDEX, RulePage.index(infos));
        return pages;
    }

    /**
     * Writes {@link #render} into {@code dir} (created if missing), replacing pages of the same name.
     *
     * @return the number of pages written
     */
    public static int write(PolicySet policies, Path dir) {
        Map<String, String> pages = render(policies);
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule documentation to " + dir + ": " + e.getMessage(), e);
        }
        return pages.size();
    }

    /** Orders AA002 before AA010 and groups by prefix: letters first, then the number. */
    static int compareIds(String a, String b) {
        String pa = a.replaceAll("[0-9]+$", "");
        String pb = b.replaceAll("[0-9]+$", "");
        int byPrefix = pa.compareTo(pb);
        if (byPrefix != 0) {
            return byPrefix;
        }
        String na = a.substring(pa.length());
        String nb = b.substring(pb.length());
        if (!na.isEmpty() && !nb.isEmpty()) {
            int byNumber = Integer.compare(Integer.parseInt(na), Integer.parseInt(nb));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    }

    /** How a rule's scope reads in the docs. */
    static String scopeText(RuleScope scope) {
        return switch (scope) {
            case REPOSITORY -> "repository (once per run, over every document)";
            case DOCUMENT -> "document (once per document with this input)";
            case RAW_DOCUMENT -> "raw document (conftest style)";
        };
    }
}

package dev.authlint.core.baseline;

import dev.authlint.core.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives findings a stable identity for baselines and SARIF {@code partialFingerprints}.
 *
 * <p>The fingerprint hashes the rule id, the file, the offending line's text with whitespace collapsed, and an
 * occurrence counter among findings with the same three values. It deliberately leaves out the line number
 * and the message: inserting lines above a finding, or rewording a rule's message, keeps the fingerprint, while
 * editing the offending line itself produces a new one (the finding is then new and should be looked at).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Returns the findings with fingerprints filled in, in the same order.
     *
     * @param lines a file's lines by relative path (empty list when the text is unknown)
     */
    public static List<Finding> assign(List<Finding> findings, Function<String, List<String>> lines) {
        // Occurrence counters must follow the source order, whatever order the findings arrive in.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> findings.get(i).location().file())
                .thenComparingInt(i -> findings.get(i).location().line())
                .thenComparingInt(i -> findings.get(i).location().column())
                .thenComparing(i -> findings.get(i).message()));
        Map<String, Integer> seen = new HashMap<>();
        Finding[] out = new Finding[findings.size()];
        for (int i : order) {
            Finding f = findings.get(i);
            String key = f.ruleId() + '\u0000' + f.location().file() + '\u0000'
                    + normalizedLine(lines.apply(f.location().file()), f.location().line());
            int occurrence = seen.merge(key, 1, Integer::sum);
            out[i] = f.withFingerprint(hash(key + '\u0000' + occurrence));
        }
        return List.of(out);
    }

    static String normalizedLine(List<String> lines, int line) {
        if (lines == null || line < 1 || line > lines.size()) {
            return "";
        }
        return lines.get(line - 1).strip().replaceAll("\\s+", " ");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}

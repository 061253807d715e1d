package dev.authlint.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.RelatedLocation;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one value a result rule produced ({@code "msg"} or {@code {"msg", "path", "severity", "related"}}) into
 * a {@link Finding}. Malformed results are not dropped: they become findings whose message shows the value and
 * what is wrong with it, so a policy author sees the mistake.
 */
final class ResultConverter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultConverter() {
    }

    /**
     * @param rule the rule that produced the value
     * @param entrypoint {@code deny}, {@code warn}, …
     * @param value the result as plain Java
     * @param locate resolves a result path (as the rule wrote it) to a location
     */
    static Finding convert(PolicyRule rule, String entrypoint, Object value,
                           Function<List<Object>, SourceLocation> locate) {
        Severity severity = entrypoint.startsWith("warn") ? Severity.LOW : rule.info().severity();
        if (value instanceof String s) {
            return Finding.of(rule.id(), severity, s, locate.apply(List.of()));
        }
        if (!(value instanceof Map<?, ?> result)) {
            return Finding.of(rule.id(), severity, entrypoint + " returned " + json(value)
                    + " (expected a string or an object with msg)", locate.apply(List.of()));
        }
        List<String> problems = new ArrayList<>();
        Object msgValue = result.get("msg");
        String msg = msgValue instanceof String s ? s : null;
        if (msg == null) {
            problems.add("no string msg");
        }
        List<Object> path = path(result.get("path"), problems);
        Object sev = result.get("severity");
        if (sev != null) {
            try {
                severity = Severity.parse(String.valueOf(sev));
            } catch (IllegalArgumentException e) {
                problems.add("bad severity " + json(sev));
            }
        }
        List<RelatedLocation> related = new ArrayList<>();
        Object rel = result.get("related");
        if (rel instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    Object relMsg = m.get("msg");
                    related.add(new RelatedLocation(locate.apply(path(m.get("path"), problems)),
                            relMsg == null ? "" : String.valueOf(relMsg)));
                } else {
                    problems.add("related item " + json(item) + " is not an object");
                }
            }
        } else if (rel != null) {
            problems.add("related is not an array");
        }
        String message = msg != null ? msg : entrypoint + " returned " + json(value);
        if (!problems.isEmpty()) {
            message += " [policy result problem: " + String.join("; ", problems) + "]";
        }
        return new Finding(rule.id(), severity, message, locate.apply(path), related, "", null);
    }

    /** A result path with numbers made into list indexes; a malformed path counts as absent. */
    private static List<Object> path(Object p, List<String> problems) {
        if (p == null) {
            return List.of();
        }
        if (!(p instanceof List<?> items)) {
            problems.add("path " + json(p) + " is not an array");
            return List.of();
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            if (o instanceof Number n) {
                Integer index = index(n);
                if (index == null) {
                    problems.add("path element " + json(o) + " is not an array index");
                    break;
                }
                out.add(index);
            } else if (o instanceof String s) {
                out.add(s);
            } else {
                problems.add("path element " + json(o) + " is neither a string nor a number");
                break;
            }
        }
        return out;
    }

    /** A non-negative int index, or null for fractions, negatives and numbers beyond int. */
    private static Integer index(Number n) {
        try {
            int i = new java.math.BigDecimal(n.toString()).intValueExact();
            return i >= 0 ? i : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return String.valueOf(o);
        }
    }
}

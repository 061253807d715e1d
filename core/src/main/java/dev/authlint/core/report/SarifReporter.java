package dev.authlint.core.report;

import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.RelatedLocation;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.Suppression;
import dev.authlint.core.finding.ToolNotification;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run whose driver lists every enabled rule
 * (with help, default level and GitHub's {@code security-severity}), one result per finding (suppressed ones
 * carry {@code suppressions}), and one invocation with the tool execution notifications.
 *
 * <p>File locations are relative URIs against {@code %SRCROOT%}; the scan root is recorded in
 * {@code originalUriBaseIds} only when the context provides one, so CI output does not leak runner paths.
 */
public final class SarifReporter implements Reporter {

    /** The key under which {@link Finding#fingerprint()} is written to {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "authlint/v1";
    /** The uriBaseId every file location is relative to. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper mapper;

    public SarifReporter() {
        SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        // Property bags are HashMaps in java-sarif; sorting their keys keeps the output deterministic.
        this.mapper = new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDateFormat(utc);
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void write(Report report, ReportContext ctx, OutputStream out) throws IOException {
        List<RuleInfo> rules = rulesFor(report);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            ruleIndex.putIfAbsent(r.id(), ruleIndex.size());
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            results.add(result(f, ruleIndex.get(f.ruleId()), ctx.sourceLines()));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(report, rules)))
                .withInvocations(List.of(invocation(report, ctx)))
                .withOriginalUriBaseIds(originalUriBaseIds(ctx))
                .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        JsonNode tree = fixDefaults(mapper.valueToTree(log), results);
        try (var g = JsonSupport.generator(out)) {
            mapper.writeTree(g, tree);
            g.writeRaw('\n');
        }
    }

    /**
     * java-sarif omits properties equal to the schema default. Two of those omissions change meaning or break
     * consumers, so they are put back: a result's {@code level} (when absent, SARIF falls back to the rule's
     * default level, which may differ from the finding's effective severity) and an empty {@code results} array
     * (which tells GitHub that earlier alerts are fixed).
     */
    private static JsonNode fixDefaults(JsonNode root, List<Result> results) {
        ObjectNode run = (ObjectNode) root.get("runs").get(0);
        ArrayNode resultNodes = run.has("results") ? (ArrayNode) run.get("results") : run.putArray("results");
        for (int i = 0; i < resultNodes.size(); i++) {
            ObjectNode result = (ObjectNode) resultNodes.get(i);
            if (!result.has("level")) {
                resultNodes.set(i, withFieldAfter(result, "ruleIndex", "level",
                        result.textNode(results.get(i).getLevel().value())));
            }
        }
        return root;
    }

    private static ObjectNode withFieldAfter(ObjectNode node, String after, String name, JsonNode value) {
        ObjectNode copy = node.objectNode();
        boolean placed = false;
        for (var it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            copy.set(field.getKey(), field.getValue());
            if (field.getKey().equals(after)) {
                copy.set(name, value);
                placed = true;
            }
        }
        if (!placed) {
            copy.set(name, value);
        }
        return copy;
    }

    /** The report's rules plus a minimal descriptor for any rule id a finding uses but the report does not list. */
    private static List<RuleInfo> rulesFor(Report report) {
        List<RuleInfo> rules = new ArrayList<>(report.rules());
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(r -> known.add(r.id()));
        for (Finding f : report.findings()) {
            if (known.add(f.ruleId())) {
                rules.add(new RuleInfo(f.ruleId(), f.ruleId(), f.ruleId(), "", f.severity(), "custom", "",
                        List.of(), List.of(), null, ""));
            }
        }
        return rules;
    }

    private static ToolComponent driver(Report report, List<RuleInfo> rules) {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleInfo r : rules) {
            descriptors.add(descriptor(r));
        }
        return new ToolComponent()
                .withName(ToolInfo.NAME)
                .withVersion(report.toolVersion())
                .withSemanticVersion(semanticVersion(report.toolVersion()))
                .withInformationUri(URI.create(ToolInfo.INFORMATION_URI))
                .withRules(descriptors);
    }

    private static ReportingDescriptor descriptor(RuleInfo r) {
        Severity severity = r.severity() == null ? Severity.MEDIUM : r.severity();
        ReportingDescriptor d = new ReportingDescriptor()
                .withId(r.id())
                .withName(pascalCase(r.name() == null ? r.id() : r.name()))
                .withShortDescription(new MultiformatMessageString().withText(sentence(orElse(r.title(), r.id()))))
                .withFullDescription(new MultiformatMessageString()
                        .withText(sentence(orElse(r.description(), orElse(r.title(), r.id())))))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(ruleLevel(severity)))
                .withHelp(help(r))
                .withProperties(new PropertyBag()
                        .withTags(tags(r))
                        .withAdditionalProperty("security-severity", securitySeverity(severity)));
        String helpUri = ToolInfo.helpUri(r);
        if (helpUri != null) {
            try {
                d.setHelpUri(URI.create(helpUri));
            } catch (IllegalArgumentException e) {
                // A malformed link from a custom policy's metadata: leave it out rather than fail the report.
            }
        }
        return d;
    }

    private static MultiformatMessageString help(RuleInfo r) {
        StringBuilder text = new StringBuilder(sentence(orElse(r.title(), r.id())));
        StringBuilder md = new StringBuilder("**").append(orElse(r.title(), r.id())).append("**");
        if (!r.description().isBlank()) {
            text.append("\n\n").append(r.description().strip());
            md.append("\n\n").append(r.description().strip());
        }
        if (!r.remediation().isBlank()) {
            text.append("\n\nRemediation: ").append(r.remediation().strip());
            md.append("\n\n### Remediation\n\n").append(r.remediation().strip());
        }
        if (!r.references().isEmpty()) {
            text.append("\n\nReferences:");
            md.append("\n\n### References\n");
            for (String ref : r.references()) {
                text.append("\n- ").append(ref);
                md.append("\n- <").append(ref).append('>');
            }
        }
        return new MultiformatMessageString().withText(text.toString()).withMarkdown(md.toString());
    }

    private static Set<String> tags(RuleInfo r) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        if (r.input() != null && !r.input().isBlank()) {
            tags.add(r.input());
        }
        return tags;
    }

    private static Result result(Finding f, Integer ruleIndex, SourceLines lines) {
        Result result = new Result()
                .withRuleId(f.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(resultLevel(f.severity()))
                .withMessage(new Message().withText(sentence(f.message())))
                .withLocations(List.of(location(f.location(), lines)))
                .withProperties(new PropertyBag().withAdditionalProperty("severity", f.severity().id()));
        if (!f.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            int id = 1;
            for (RelatedLocation r : f.related()) {
                if (r.location() == null) {
                    continue;
                }
                Location loc = location(r.location(), lines).withId(id++);
                if (r.message() != null && !r.message().isBlank()) {
                    loc.setMessage(new Message().withText(sentence(r.message())));
                }
                related.add(loc);
            }
            result.setRelatedLocations(related);
        }
        if (!f.fingerprint().isEmpty()) {
            result.setPartialFingerprints(new PartialFingerprints()
                    .withAdditionalProperty(FINGERPRINT_KEY, f.fingerprint()));
        }
        if (f.suppression() != null) {
            result.setSuppressions(Set.of(suppression(f.suppression(), lines)));
        }
        return result;
    }

    private static com.contrastsecurity.sarif.Suppression suppression(Suppression s, SourceLines lines) {
        var sarif = new com.contrastsecurity.sarif.Suppression()
                .withKind(s.kind() == Suppression.Kind.EXTERNAL
                        ? com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL
                        : com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE)
                .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED);
        if (s.justification() != null && !s.justification().isBlank()) {
            sarif.setJustification(s.justification());
        }
        if (s.location() != null) {
            sarif.setLocation(location(s.location(), lines));
        }
        return sarif;
    }

    private static Location location(SourceLocation loc, SourceLines lines) {
        Region region = new Region()
                .withStartLine(loc.line())
                .withStartColumn(loc.column())
                .withEndLine(loc.endLine())
                .withEndColumn(loc.endColumn());
        PhysicalLocation physical = new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(relativeUri(loc.file())).withUriBaseId(SRCROOT))
                .withRegion(region);
        Optional<String> line = lines.line(loc.file(), loc.line());
        if (line.isPresent() && loc.endLine() == loc.line()) {
            String text = line.get();
            int[] cps = text.codePoints().toArray();
            int from = Math.min(loc.column() - 1, cps.length);
            int to = Math.min(loc.endColumn() - 1, cps.length);
            if (to > from) {
                region.setSnippet(new ArtifactContent().withText(new String(cps, from, to - from)));
            }
            physical.setContextRegion(new Region().withStartLine(loc.line())
                    .withSnippet(new ArtifactContent().withText(text)));
        }
        return new Location().withPhysicalLocation(physical);
    }

    private static Invocation invocation(Report report, ReportContext ctx) {
        Invocation inv = new Invocation().withExecutionSuccessful(report.successful());
        if (ctx.timestamps()) {
            inv.setStartTimeUtc(date(report.startTime()));
            inv.setEndTimeUtc(date(report.endTime()));
        }
        List<Notification> notifications = new ArrayList<>();
        for (ToolNotification n : report.notifications()) {
            Notification sarif = new Notification()
                    .withLevel(notificationLevel(n.level()))
                    .withMessage(new Message().withText(sentence(orElse(n.message(), "(no message)"))));
            if (n.location() != null) {
                sarif.setLocations(Set.of(location(n.location(), SourceLines.NONE)));
            }
            notifications.add(sarif);
        }
        return inv.withToolExecutionNotifications(notifications);
    }

    private static OriginalUriBaseIds originalUriBaseIds(ReportContext ctx) {
        if (ctx.scanRoot() == null) {
            return null;
        }
        String uri = ctx.scanRoot().toUri().toString();
        return new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                new ArtifactLocation().withUri(uri.endsWith("/") ? uri : uri + "/"));
    }

    static Result.Level resultLevel(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> Result.Level.ERROR;
            case MEDIUM -> Result.Level.WARNING;
            case LOW, INFO -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level ruleLevel(Severity s) {
        return ReportingConfiguration.Level.fromValue(resultLevel(s).value());
    }

    private static Notification.Level notificationLevel(String level) {
        if (level == null) {
            return Notification.Level.NOTE;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "error" -> Notification.Level.ERROR;
            case "warning" -> Notification.Level.WARNING;
            default -> Notification.Level.NOTE;
        };
    }

    /** GitHub sorts and filters security alerts by this score (a string holding a number from 0.0 to 10.0). */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    /**
     * Percent-encodes a '/'-separated relative path as a relative URI reference. Everything outside RFC 3986's
     * unreserved characters and a few safe sub-delimiters is encoded, including ':' (which would otherwise read
     * as a scheme) and '%'.
     */
    static String relativeUri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte raw : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    /** SARIF viewers expect messages to be sentences (the Multitool warns otherwise). */
    static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return "(no message).";
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    /** {@code rbac-wildcard} becomes {@code RbacWildcard}, the rule-name style SARIF viewers expect. */
    static String pascalCase(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.isEmpty() ? "Rule" : b.toString();
    }

    private static String semanticVersion(String version) {
        return version != null && version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?") ? version : null;
    }

    private static Date date(Instant t) {
        return t == null ? null : Date.from(t);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}

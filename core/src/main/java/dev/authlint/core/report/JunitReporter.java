package dev.authlint.core.report;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.ToolNotification;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML (the Surefire/Ant flavour that Jenkins, GitLab and GitHub test reporters read): one
 * {@code <testsuite>} per rule and one {@code <testcase>} per rule and checked file. A testcase with unsuppressed
 * findings has one {@code <failure>} listing them all; one whose findings are all suppressed is
 * {@code <skipped>}. Error-level tool notifications (a policy that failed to evaluate) become {@code <error>}s
 * of a final {@code authlint} suite, so an incomplete run never looks green.
 */
public final class JunitReporter implements Reporter {

    /** The suite that carries tool errors, named so it cannot clash with a rule id. */
    static final String TOOL_SUITE = "authlint";

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(Report report, ReportContext ctx, OutputStream out) throws IOException {
        List<Suite> suites = suites(report);
        List<ToolNotification> errors = report.notifications().stream()
                .filter(n -> "error".equalsIgnoreCase(n.level())).toList();
        int tests = 0;
        int failures = 0;
        for (Suite s : suites) {
            tests += s.cases().size();
            failures += s.failures();
        }
        if (!errors.isEmpty()) {
            tests++;
        }
        XmlWriter xml = new XmlWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        xml.declaration();
        xml.start("testsuites").attr("name", ToolInfo.NAME).attr("tests", tests).attr("failures", failures)
                .attr("errors", errors.isEmpty() ? 0 : 1).attr("time", duration(report, ctx));
        for (Suite s : suites) {
            writeSuite(xml, s);
        }
        if (!errors.isEmpty()) {
            writeToolErrors(xml, errors);
        }
        xml.end();
        xml.flush();
    }

    private static void writeSuite(XmlWriter xml, Suite s) throws IOException {
        RuleInfo r = s.rule();
        xml.start("testsuite").attr("name", r.id() + " " + orElse(r.title(), r.name()))
                .attr("tests", s.cases().size()).attr("failures", s.failures()).attr("errors", 0)
                .attr("skipped", s.skipped());
        xml.start("properties");
        property(xml, "rule", r.id());
        property(xml, "name", r.name());
        property(xml, "severity", r.severity() == null ? null : r.severity().id());
        property(xml, "helpUri", ToolInfo.helpUri(r));
        xml.end();
        for (Map.Entry<String, List<Finding>> c : s.cases().entrySet()) {
            xml.start("testcase").attr("name", c.getKey()).attr("classname", r.id());
            List<Finding> open = c.getValue().stream().filter(f -> !f.suppressed()).toList();
            if (!open.isEmpty()) {
                xml.start("failure").attr("message", failureMessage(open)).attr("type", open.get(0).severity().id());
                StringBuilder body = new StringBuilder();
                for (Finding f : open) {
                    body.append(f.location()).append(": ").append(f.severity().id()).append(": ")
                            .append(f.message()).append('\n');
                }
                xml.text(body.toString());
                xml.end();
            } else if (!c.getValue().isEmpty()) {
                Finding first = c.getValue().get(0);
                String why = first.suppression().justification() == null || first.suppression().justification().isBlank()
                        ? "" : ": " + first.suppression().justification();
                xml.start("skipped").attr("message", c.getValue().size() == 1
                        ? "suppressed (" + ToolInfo.suppressionKind(first.suppression()) + ")" + why
                        : c.getValue().size() + " findings suppressed").end();
            }
            xml.end();
        }
        xml.end();
    }

    private static void writeToolErrors(XmlWriter xml, List<ToolNotification> errors) throws IOException {
        xml.start("testsuite").attr("name", TOOL_SUITE).attr("tests", 1).attr("failures", 0).attr("errors", 1)
                .attr("skipped", 0);
        xml.start("testcase").attr("name", "policy evaluation").attr("classname", TOOL_SUITE);
        for (ToolNotification n : errors) {
            String where = n.location() == null ? "" : n.location() + ": ";
            xml.start("error").attr("message", where + orElse(n.message(), "error")).attr("type", "error").end();
        }
        xml.end();
        xml.end();
    }

    private static void property(XmlWriter xml, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            xml.start("property").attr("name", name).attr("value", value).end();
        }
    }

    private static String failureMessage(List<Finding> open) {
        Finding first = open.get(0);
        String head = first.location() + ": " + first.message();
        return open.size() == 1 ? head : open.size() + " findings, first: " + head;
    }

    /** Rules in report order (plus any rule a finding names but the report does not list), cases per file. */
    private static List<Suite> suites(Report report) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        report.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        for (Finding f : report.findings()) {
            rules.computeIfAbsent(f.ruleId(), id -> new RuleInfo(id, id, id, "", f.severity(), "custom", "",
                    List.of(), List.of(), null, ""));
        }
        Set<String> files = new LinkedHashSet<>(report.checkedFiles());
        report.findings().forEach(f -> files.add(f.location().file()));
        List<Suite> suites = new ArrayList<>();
        for (RuleInfo r : rules.values()) {
            Map<String, List<Finding>> cases = new LinkedHashMap<>();
            for (String file : files) {
                cases.put(file, new ArrayList<>());
            }
            for (Finding f : report.findings()) {
                if (f.ruleId().equals(r.id())) {
                    cases.get(f.location().file()).add(f);
                }
            }
            suites.add(new Suite(r, cases));
        }
        return suites;
    }

    private static String duration(Report report, ReportContext ctx) {
        if (!ctx.timestamps() || report.startTime() == null || report.endTime() == null) {
            return null;
        }
        long millis = Math.max(0, Duration.between(report.startTime(), report.endTime()).toMillis());
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private record Suite(RuleInfo rule, Map<String, List<Finding>> cases) {
        int failures() {
            return (int) cases.values().stream().filter(l -> l.stream().anyMatch(f -> !f.suppressed())).count();
        }

        int skipped() {
            return (int) cases.values().stream()
                    .filter(l -> !l.isEmpty() && l.stream().allMatch(Finding::suppressed)).count();
        }
    }
}

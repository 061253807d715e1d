package dev.authlint.core.report;

import static dev.authlint.core.report.SampleReports.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JunitReporterTest {

    private final JunitReporter reporter = new JunitReporter();

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element testcase(Element suite, String file) {
        return children(suite, "testcase").stream().filter(c -> c.getAttribute("name").equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + file));
    }

    @Test
    void oneSuitePerRuleAndOneCasePerCheckedFile() throws Exception {
        Element root = parse(render(reporter, SampleReports.full(), ReportContext.plain())).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of("AA002 IAM identity mapped to system:masters",
                        "RB001 Role grants wildcard verbs or resources", "IM003 IAM policy allows eks:* on *",
                        "CU100 Team label missing", "authlint"),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        for (Element s : suites.subList(0, 4)) {
            assertEquals(3, children(s, "testcase").size(), "rule x checked files");
            assertEquals("3", s.getAttribute("tests"));
        }
        assertEquals("13", root.getAttribute("tests"), "4 rules x 3 files + the tool-error case");
    }

    @Test
    void unsuppressedFindingsFailTheirCaseWithEveryLocation() throws Exception {
        Element root = parse(render(reporter, SampleReports.full(), ReportContext.plain())).getDocumentElement();
        Element aa002 = children(root, "testsuite").get(0);
        assertEquals("1", aa002.getAttribute("failures"));
        Element failure = children(testcase(aa002, SampleReports.AWS_AUTH), "failure").get(0);
        assertEquals("critical", failure.getAttribute("type"));
        assertEquals("clusters/prod/aws-auth.yaml:12:16: role arn:aws:iam::111122223333:role/ops is mapped to "
                + "system:masters", failure.getAttribute("message"));
        assertEquals("clusters/prod/aws-auth.yaml:12:16: critical: role arn:aws:iam::111122223333:role/ops is "
                + "mapped to system:masters\n", failure.getTextContent());
        assertTrue(children(testcase(aa002, SampleReports.BINDING), "failure").isEmpty());
        assertEquals("AA002", testcase(aa002, SampleReports.BINDING).getAttribute("classname"));
    }

    @Test
    void suppressedOnlyCasesAreSkippedAndCounted() throws Exception {
        Element root = parse(render(reporter, SampleReports.full(), ReportContext.plain())).getDocumentElement();
        Element rb001 = children(root, "testsuite").get(1);
        // BINDING has one open and one suppressed RB001 finding: it fails, it is not skipped.
        assertEquals("1", rb001.getAttribute("failures"));
        assertEquals("0", rb001.getAttribute("skipped"));
        Element im003 = children(root, "testsuite").get(2);
        assertEquals("1", im003.getAttribute("skipped"));
        Element skipped = children(testcase(im003, SampleReports.POLICY), "skipped").get(0);
        assertEquals("suppressed (external)", skipped.getAttribute("message"));
    }

    @Test
    void severalFindingsInOneCaseAreOneFailure() throws Exception {
        Finding a = Finding.of("RB001", Severity.HIGH, "first", SourceLocation.at("r.yaml", 3, 1));
        Finding b = Finding.of("RB001", Severity.MEDIUM, "second", SourceLocation.at("r.yaml", 9, 5));
        Report r = new Report("1", List.of(SampleReports.RB001), List.of(a, b), 1, 1, List.of(), true, null, null,
                List.of("r.yaml"));
        Element root = parse(render(reporter, r, ReportContext.plain())).getDocumentElement();
        List<Element> failures = children(testcase(children(root, "testsuite").get(0), "r.yaml"), "failure");
        assertEquals(1, failures.size());
        assertEquals("2 findings, first: r.yaml:3:1: first", failures.get(0).getAttribute("message"));
        assertEquals("r.yaml:3:1: high: first\nr.yaml:9:5: medium: second\n", failures.get(0).getTextContent());
        assertEquals("1", root.getAttribute("failures"));
    }

    @Test
    void toolErrorsMakeTheRunRed() throws Exception {
        Element root = parse(render(reporter, SampleReports.full(), ReportContext.plain())).getDocumentElement();
        assertEquals("1", root.getAttribute("errors"));
        Element tool = children(root, "testsuite").get(4);
        Element error = children(children(tool, "testcase").get(0), "error").get(0);
        assertTrue(error.getAttribute("message").startsWith("policies/custom/labels.rego:7:3: policy custom"));
    }

    @Test
    void cleanRunPassesEveryCase() throws Exception {
        Element root = parse(render(reporter, SampleReports.clean(), ReportContext.plain())).getDocumentElement();
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals(2, children(root, "testsuite").size());
    }

    @Test
    void textThatXmlCannotCarryIsReplacedNotDropped() throws Exception {
        Finding f = Finding.of("RB001", Severity.HIGH, "a\u0000b <&> \"q\"\u001b", SourceLocation.at("x.yaml", 1, 1));
        Report r = new Report("1", List.of(SampleReports.RB001), List.of(f), 1, 1, List.of(), true, null, null, null);
        Element root = parse(render(reporter, r, ReportContext.plain())).getDocumentElement();
        Element failure = children(children(children(root, "testsuite").get(0), "testcase").get(0), "failure").get(0);
        assertEquals("x.yaml:1:1: a\uFFFDb <&> \"q\"\uFFFD", failure.getAttribute("message"));
    }

    @Test
    void durationOnlyWithTimestamps() throws Exception {
        assertEquals("", parse(render(reporter, SampleReports.full(), ReportContext.plain()))
                .getDocumentElement().getAttribute("time"));
        assertEquals("1.111", parse(render(reporter, SampleReports.full(), ReportContext.plain().withTimestamps(true)))
                .getDocumentElement().getAttribute("time"));
    }

    static Stream<Report> reports() {
        return Stream.of(SampleReports.full(), SampleReports.clean());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void validAgainstTheJunitSchema(Report report) throws IOException, SAXException {
        Path xsd = SharedFiles.require("schemas/junit-10.xsd");
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile())
                .newValidator();
        v.validate(new StreamSource(new StringReader(render(reporter, report, ReportContext.plain().withTimestamps(true)))));
    }
}

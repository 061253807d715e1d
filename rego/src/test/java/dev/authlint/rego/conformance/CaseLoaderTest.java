package dev.authlint.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseLoaderTest {

    static Path resource(String name) {
        try {
            return Path.of(CaseLoaderTest.class.getResource("/conformance/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsOpaCasesWithTheirExpectations() {
        CaseFile file = CaseLoader.load(resource("opa/demo/cases.yaml"), "conformance/opa/demo/cases.yaml");
        assertNull(file.loadError());
        List<ConformanceCase> cases = file.cases();
        assertEquals(4, cases.size());

        ConformanceCase rows = cases.get(0);
        assertEquals(CaseFormat.OPA, rows.format());
        assertFalse(rows.regoV0(), "OPA cases are Rego v1");
        assertFalse(rows.strict(), "OPA's strict_error defaults to false");
        assertInstanceOf(CaseInput.Undefined.class, rows.input());
        Expected.BindingRows expected = assertInstanceOf(Expected.BindingRows.class, rows.expected());
        assertEquals(List.of(Map.of("x", List.of(BigInteger.valueOf(1), BigInteger.valueOf(2), BigInteger.valueOf(3)))),
                expected.rows());
        assertTrue(rows.modules().get(0).contains("\tsome x in [3, 1, 2]"), "tabs in block scalars survive");

        Expected.StrictFailureElseRows both = assertInstanceOf(Expected.StrictFailureElseRows.class, cases.get(1).expected());
        assertEquals("eval_builtin_error", both.strict().code());
        assertEquals("div: divide by zero", both.strict().contains());
        assertTrue(both.lenient().rows().isEmpty());
        assertTrue(cases.get(1).strict());

        assertEquals(new CaseInput.Term("{\"a\": {1}}"), cases.get(2).input());
    }

    @Test
    void repeatedNotesGetOccurrenceNumbersInTheirIds() {
        List<ConformanceCase> cases = CaseLoader.load(resource("opa/demo/cases.yaml"), "opa/demo/cases.yaml").cases();
        assertEquals("opa/demo/cases.yaml :: demo/rows", cases.get(0).id());
        assertEquals("opa/demo/cases.yaml :: demo/dup #1", cases.get(2).id());
        assertEquals("opa/demo/cases.yaml :: demo/dup #2", cases.get(3).id());
        assertEquals("demo/dup", cases.get(3).note());
    }

    @Test
    void keepsNumbersExactAndDatesAsStrings() {
        ConformanceCase c = CaseLoader.load(resource("opa/demo/cases.yaml"), "opa/demo/cases.yaml").cases().get(3);
        Map<?, ?> data = (Map<?, ?>) c.data();
        assertEquals("2020-01-01", data.get("when"));
        assertEquals(new BigDecimal("1.50"), data.get("n"));
        assertEquals(new BigInteger("12345678901234567890123"), data.get("big"));
        assertTrue(assertInstanceOf(Expected.BindingRows.class, c.expected()).sortBindings());
    }

    @Test
    void readsRegorusCasesWithTheirDefaults() {
        List<ConformanceCase> cases = CaseLoader.load(resource("regorus/demo/cases.yaml"), "regorus/demo/cases.yaml").cases();
        ConformanceCase many = cases.get(0);
        assertEquals(CaseFormat.REGORUS, many.format());
        assertTrue(many.regoV0(), "regorus cases are Rego v0 unless they import rego.v1");
        assertTrue(many.strict(), "regorus's strict defaults to true");
        assertEquals(2, assertInstanceOf(CaseInput.Many.class, many.input()).yamlDocuments().size());
        assertEquals(2, assertInstanceOf(Expected.ResultValues.class, many.expected()).values().size());

        assertEquals(new Expected.Failure(null, "expecting EOF"), cases.get(1).expected());
        assertInstanceOf(Expected.Success.class, cases.get(2).expected());
        assertFalse(cases.get(2).strict());
        assertInstanceOf(Expected.Malformed.class, cases.get(3).expected(), "a case without expectation is kept, as malformed");
    }

    @Test
    void regorusBindingsFileIsEvaluatedAsRegoV1() {
        CaseFile file = CaseLoader.load(resource("regorus/demo/cases.yaml"), "regorus/binding/bindings.yaml");
        assertFalse(file.cases().get(0).regoV0());
    }

    @Test
    void detectsTheFormatFromKeysWhenNoFolderSaysIt() {
        CaseFile file = CaseLoader.load(resource("plain/keys.yaml"), "plain/keys.yaml");
        assertEquals(CaseFormat.REGORUS, file.cases().get(0).format());
    }

    @Test
    void anUnreadableFileIsReportedNotDropped() {
        CaseFile file = CaseLoader.load(resource("plain/broken.yaml"), "plain/broken.yaml");
        assertTrue(file.cases().isEmpty());
        assertTrue(file.loadError().startsWith("cannot read YAML"), file.loadError());
    }
}

package dev.authlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.scan.ScanOptions;
import dev.authlint.core.scan.ScanResult;
import dev.authlint.core.scan.Scanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsAuthPositionsTest {

    private static ScanResult scan(String name, String text) {
        return new Scanner(ScanOptions.defaults()).scanText(name, text);
    }

    private static DocumentEnvelope only(ScanResult result) {
        assertEquals(List.of(), result.findings(), "no IO findings expected");
        assertEquals(1, result.documents().size());
        return result.documents().get(0);
    }

    private static String configMap(String mapRoles) {
        return "apiVersion: v1\n"            // 1
                + "kind: ConfigMap\n"         // 2
                + "metadata:\n"               // 3
                + "  name: aws-auth\n"        // 4
                + "  namespace: kube-system\n"// 5
                + "data:\n"                   // 6
                + mapRoles;                   // 7...
    }

    @ParameterizedTest
    @ValueSource(strings = {"|", "|-", "|+", "|2", ">", ">-"})
    void rolearnInBlockScalarPointsAtOuterLineAndColumn(String header) {
        String text = configMap("  mapRoles: " + header + "\n"
                + "    - rolearn: arn:aws:iam::111122223333:role/eks-node\n"   // 8
                + "      username: system:node:{{EC2PrivateDNSName}}\n"          // 9
                + "      groups:\n"                                              // 10
                + "        - system:nodes\n"                                     // 11
                + "    - rolearn: arn:aws:iam::111122223333:role/admin\n"      // 12
                + "      username: admin\n"                                      // 13
                + "      groups: [system:masters]\n");                           // 14
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        assertEquals("aws-auth", env.kind());
        @SuppressWarnings("unchecked")
        Map<String, Object> awsAuth = (Map<String, Object>) env.envelope().get("awsAuth");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roles = (List<Map<String, Object>>) awsAuth.get("mapRoles");
        assertEquals("arn:aws:iam::111122223333:role/admin", roles.get(1).get("rolearn"));
        assertEquals(loc(8, 16), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn"))));
        assertEquals(loc(12, 16), pos(env.locate(List.of("awsAuth", "mapRoles", 1, "rolearn"))));
        assertEquals(loc(11, 11), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "groups", 0))));
        assertEquals(loc(14, 16), pos(env.locate(List.of("awsAuth", "mapRoles", 1, "groups", 0))));
    }

    @Test
    void crlfLineEndingsKeepOuterPositions() {
        String text = configMap("  mapRoles: |\n"
                + "    - rolearn: arn:aws:iam::1:role/a\n"
                + "      groups:\n"
                + "        - system:masters\n").replace("\n", "\r\n");
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        assertEquals(loc(8, 16), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn"))));
        assertEquals(loc(10, 11), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "groups", 0))));
    }

    @Test
    void rolearnInJsonStringPointsAtOuterLineAndColumn() {
        String text = configMap("  mapRoles: '[{\"rolearn\": \"arn:aws:iam::111122223333:role/x\", \"groups\": [\"system:masters\"]}]'\n");
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        // line 7: `  mapRoles: '[{"rolearn": "arn...` -> the ARN's opening quote is at column 27
        assertEquals(loc(7, 27), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn"))));
    }

    @Test
    void rolearnInEscapedJsonStringOfJsonFilePointsAtOuterPosition() {
        String text = "{\n"
                + "  \"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",\n"
                + "  \"metadata\": {\"name\": \"aws-auth\", \"namespace\": \"kube-system\"},\n"
                + "  \"data\": {\n"
                + "    \"mapRoles\": \"[{\\\"rolearn\\\": \\\"arn:aws:iam::1:role/a\\\"}]\"\n"
                + "  }\n"
                + "}\n";
        DocumentEnvelope env = only(scan("aws-auth.json", text));
        // line 5: `    "mapRoles": "[{\"rolearn\": \"arn...` -> the escaped quote before arn is at column 33
        assertEquals(loc(5, 33), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn"))));
    }

    @Test
    void rolearnInDoubleQuotedStringWithEscapedNewlinesPointsAtOuterColumn() {
        String text = configMap("  mapRoles: \"- rolearn: arn:aws:iam::1:role/a\\n  groups: [a]\\n- rolearn: arn:aws:iam::1:role/b\\n\"\n");
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        // line 7: `  mapRoles: "- rolearn: arn:aws:iam::1:role/a\n  groups: [a]\n- rolearn: arn:aws:iam::1:role/b\n"`
        assertEquals(loc(7, 25), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn"))));
        assertEquals(loc(7, 74), pos(env.locate(List.of("awsAuth", "mapRoles", 1, "rolearn"))));
    }

    @Test
    void rolearnInMultiLineSingleQuotedStringPointsAtOuterLine() {
        String text = configMap("  mapRoles: '[{\"rolearn\": \"arn:aws:iam::1:role/a\",\n"
                + "    \"username\": \"it''s me\"}]'\n");
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        assertEquals(loc(8, 17), pos(env.locate(List.of("awsAuth", "mapRoles", 0, "username"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) ((Map<String, Object>) env.envelope()
                .get("awsAuth")).get("mapRoles")).get(0);
        assertEquals("it's me", entry.get("username"));
    }

    @Test
    void syntaxErrorInsideMapRolesIsAnErrorAtTheOuterLine() {
        String text = configMap("  mapRoles: |\n"
                + "    - rolearn: arn:aws:iam::1:role/a\n"     // 8
                + "      username: a\n"                         // 9
                + "     groups: [x]\n");                        // 10: bad indent
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        @SuppressWarnings("unchecked")
        Map<String, Object> awsAuth = (Map<String, Object>) env.envelope().get("awsAuth");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) awsAuth.get("errors");
        assertEquals(1, errors.size());
        assertEquals("mapRoles", errors.get(0).get("key"));
        assertTrue(((String) errors.get(0).get("message")).contains("line 3 of the mapRoles string"),
                errors.get(0).get("message").toString());
        assertTrue(!awsAuth.containsKey("mapRoles"));
        assertEquals(10, env.locate(List.of("awsAuth", "errors", 0)).line());
    }

    @Test
    void tabInsideMapRolesNamesTheTab() {
        String text = configMap("  mapRoles: |\n"
                + "    - rolearn: arn:aws:iam::1:role/a\n"
                + "    \tgroups: [x]\n");
        DocumentEnvelope env = only(scan("aws-auth.yaml", text));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) ((Map<String, Object>) env.envelope()
                .get("awsAuth")).get("errors");
        assertEquals(1, errors.size());
        assertTrue(((String) errors.get(0).get("message")).contains("\\t"), errors.get(0).get("message").toString());
        assertEquals(9, env.locate(List.of("awsAuth", "errors", 0)).line());
    }

    private static String loc(int line, int column) {
        return line + ":" + column;
    }

    private static String pos(SourceLocation l) {
        return l.line() + ":" + l.column();
    }
}

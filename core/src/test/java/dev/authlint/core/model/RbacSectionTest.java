package dev.authlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.scan.ScanOptions;
import dev.authlint.core.scan.ScanResult;
import dev.authlint.core.scan.Scanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RbacSectionTest {

    private static final String MULTI = "apiVersion: v1\n"                       // 1
            + "kind: ServiceAccount\n"                                            // 2
            + "metadata: {name: sa}\n"                                           // 3
            + "---\n"                                                             // 4
            + "apiVersion: rbac.authorization.k8s.io/v1\n"                        // 5
            + "kind: RoleBinding\n"                                               // 6
            + "metadata: {name: rb, namespace: ns}\n"                            // 7
            + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}\n" // 8
            + "subjects:\n"                                                       // 9
            + "- kind: ServiceAccount\n"                                          // 10
            + "  name: sa\n"                                                      // 11
            + "---\n"                                                             // 12
            + "apiVersion: rbac.authorization.k8s.io/v1beta1\n"                   // 13
            + "kind: ClusterRole\n"                                               // 14
            + "metadata:\n"                                                       // 15
            + "  name: readonly\n"                                                // 16
            + "rules:\n"                                                          // 17
            + "- apiGroups: [\"\"]\n"                                             // 18
            + "  resources: [pods]\n"                                             // 19
            + "  verbs: [get]\n"                                                  // 20
            + "- apiGroups: [\"*\"]\n"                                            // 21
            + "  resources: [\"*\"]\n"                                            // 22
            + "  verbs:\n"                                                        // 23
            + "  - list\n"                                                        // 24
            + "  -   \"*\"\n";                                                    // 25

    @Test
    void verbInThirdDocumentResolvesToItsLineAndColumn() {
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText("rbac.yaml", MULTI);
        assertEquals(List.of(), r.findings());
        assertEquals(3, r.documents().size());
        DocumentEnvelope role = r.documents().get(2);
        assertEquals(2, role.docIndex());
        assertEquals("rbac", role.kind());
        SourceLocation verb = role.locate(List.of("rbac", "rules", 1, "verbs", 1));
        assertEquals(25, verb.line());
        assertEquals(7, verb.column());
        assertEquals(verb, role.locate(List.of("document", "rules", 1, "verbs", 1)));
        @SuppressWarnings("unchecked")
        Map<String, Object> rbac = (Map<String, Object>) role.envelope().get("rbac");
        assertEquals(true, rbac.get("deprecatedApiVersion"));
        assertEquals("readonly", rbac.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule0 = ((List<Map<String, Object>>) rbac.get("rules")).get(0);
        assertEquals(List.of(), rule0.get("resourceNames"));
        assertEquals(List.of("get"), rule0.get("verbs"));
    }

    @Test
    void listItemsAreEnvelopesWithTheirOwnPositions() {
        String list = "apiVersion: v1\n"                                   // 1
                + "kind: List\n"                                          // 2
                + "items:\n"                                              // 3
                + "- apiVersion: rbac.authorization.k8s.io/v1\n"          // 4
                + "  kind: ClusterRole\n"                                 // 5
                + "  metadata: {name: a}\n"                               // 6
                + "  rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]\n" // 7
                + "- apiVersion: v1\n"                                    // 8
                + "  kind: ConfigMap\n"                                   // 9
                + "  metadata: {name: aws-auth, namespace: kube-system}\n" // 10
                + "  data:\n"                                             // 11
                + "    mapRoles: |\n"                                     // 12
                + "      - rolearn: arn:aws:iam::1:role/n\n";             // 13
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText("list.yaml", list);
        assertEquals(List.of(), r.findings());
        assertEquals(List.of("rbac", "aws-auth"), r.documents().stream().map(DocumentEnvelope::kind).toList());
        assertEquals(Integer.valueOf(1), r.documents().get(1).itemIndex());
        assertEquals(7, r.documents().get(0).locate(List.of("rbac", "rules", 0, "verbs", 0)).line());
        SourceLocation arn = r.documents().get(1).locate(List.of("awsAuth", "mapRoles", 0, "rolearn"));
        assertEquals(13, arn.line());
        assertEquals(18, arn.column());
        assertEquals(4, r.documents().get(0).locate(List.of()).line(), "the empty path is the item's start");
    }

    @Test
    void missingFieldResolvesToItsParent() {
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText("rbac.yaml", MULTI);
        DocumentEnvelope role = r.documents().get(2);
        SourceLocation missing = role.locate(List.of("rbac", "rules", 0, "resourceNames", 0));
        assertEquals(18, missing.line());
        SourceLocation rules = role.locate(List.of("document", "rules"));
        assertEquals(17, rules.line());
        assertEquals(1, rules.column());
    }

    @Test
    void bindingHasRoleRefAndSubjects() {
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText("rbac.yaml", MULTI);
        DocumentEnvelope binding = r.documents().get(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> rbac = (Map<String, Object>) binding.envelope().get("rbac");
        assertEquals(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Role", "name", "r"), rbac.get("roleRef"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = ((List<Map<String, Object>>) rbac.get("subjects")).get(0);
        assertEquals("sa", subject.get("name"));
        assertEquals(null, subject.get("namespace"));
        assertEquals(11, binding.locate(List.of("rbac", "subjects", 0, "name")).line());
        assertEquals("other", r.documents().get(0).kind());
    }
}

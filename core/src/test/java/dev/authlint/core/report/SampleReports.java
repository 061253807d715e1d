package dev.authlint.core.report;

import dev.authlint.core.finding.Finding;
import dev.authlint.core.finding.RelatedLocation;
import dev.authlint.core.finding.Report;
import dev.authlint.core.finding.RuleInfo;
import dev.authlint.core.finding.Severity;
import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.finding.Suppression;
import dev.authlint.core.finding.ToolNotification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-built reports that exercise every part of the finding model. */
final class SampleReports {

    static final String AWS_AUTH = "clusters/prod/aws-auth.yaml";
    static final String BINDING = "rbac/ops-binding.yaml";
    static final String POLICY = "iam/deploy-policy.json";

    static final RuleInfo AA002 = new RuleInfo("AA002", "aws-auth-system-masters",
            "IAM identity mapped to system:masters", "Mapping an IAM role to `system:masters` grants full, "
            + "unauditable cluster-admin.", Severity.CRITICAL, "aws-auth",
            "Map the role to a dedicated group bound to a least-privilege ClusterRole.",
            List.of("https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html"), List.of("KSV-0041"),
            null, "authlint/policies/aws-auth/system-masters/system_masters.rego");
    static final RuleInfo RB001 = new RuleInfo("RB001", "rbac-wildcard", "Role grants wildcard verbs or resources",
            "A `*` in verbs or resources grants everything, including future resources.", Severity.HIGH, "rbac",
            "List the verbs and resources the subject needs.", List.of(), List.of(), null,
            "authlint/policies/rbac/wildcard/wildcard.rego");
    static final RuleInfo IM003 = new RuleInfo("IM003", "iam-eks-star", "IAM policy allows eks:* on *",
            "", Severity.MEDIUM, "iam", "", List.of(), List.of(), "https://example.com/rules/IM003", null);
    static final RuleInfo CU100 = new RuleInfo("CU100", "custom-labels", "Team label missing", "", Severity.LOW,
            "custom", "", List.of(), List.of(), null, "policies/custom/labels.rego");

    static final Finding MASTERS = new Finding("AA002", Severity.CRITICAL,
            "role arn:aws:iam::111122223333:role/ops is mapped to system:masters",
            new SourceLocation(AWS_AUTH, 12, 16, 12, 30),
            List.of(new RelatedLocation(SourceLocation.at(BINDING, 9, 3), "group ops is bound to cluster-admin"),
                    new RelatedLocation(SourceLocation.at("rbac/cluster-admin.yaml", 4, 1),
                            "cluster-admin allows * on *")),
            "b1946ac92492d2347c6235b4d2611184", null);
    static final Finding WILDCARD = new Finding("RB001", Severity.HIGH, "ClusterRole ops-admin grants verbs: [\"*\"]",
            new SourceLocation(BINDING, 20, 5, 21, 9), List.of(), "7d865e959b2466918c9863afca942d0f", null);
    static final Finding SUPPRESSED = new Finding("RB001", Severity.HIGH, "Role ci-deployer grants resources: [\"*\"]",
            SourceLocation.at(BINDING, 40, 7), List.of(), "9f86d081884c7d659a2feaa0c55ad015",
            new Suppression(Suppression.Kind.IN_SOURCE, "needed by the CD pipeline, TICKET-12",
                    SourceLocation.at(BINDING, 39, 1)));
    static final Finding BASELINED = new Finding("IM003", Severity.MEDIUM, "policy allows eks:* on *",
            SourceLocation.at(POLICY, 3, 7), List.of(), "e3b0c44298fc1c149afbf4c8996fb924",
            new Suppression(Suppression.Kind.EXTERNAL, "", null));
    static final Finding INFO_NOTE = Finding.of("CU100", Severity.INFO, "namespace team-a has no team label",
            SourceLocation.at(BINDING, 2, 1)).withFingerprint("5feceb66ffc86f38d952786c6d696c79");

    static final Map<String, String> SOURCES = Map.of(
            AWS_AUTH, String.join("\n", List.of(
                    "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: aws-auth", "  namespace: kube-system",
                    "data:", "  mapRoles: |", "    - rolearn: arn:aws:iam::111122223333:role/ops", "      username: ops",
                    "      groups:", "        - ops", "      groups: [system:masters]")),
            BINDING, "kind: Namespace\nmetadata:\n  name: team-a\n");

    private SampleReports() {
    }

    /** Findings of every severity, both suppression kinds, related locations and a notification. */
    static Report full() {
        return new Report("0.1.0-test", List.of(AA002, RB001, IM003, CU100),
                List.of(MASTERS, INFO_NOTE, WILDCARD, SUPPRESSED, BASELINED), 3, 5,
                List.of(new ToolNotification("error", "policy custom/labels.rego failed: undefined function foo",
                        SourceLocation.at("policies/custom/labels.rego", 7, 3))),
                false, Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-01-02T03:04:06.789Z"),
                List.of(AWS_AUTH, POLICY, BINDING));
    }

    /** A clean run: rules enabled, files checked, nothing found. */
    static Report clean() {
        return new Report("0.1.0-test", List.of(AA002, RB001), List.of(), 2, 2, List.of(), true, null, null,
                List.of(AWS_AUTH, BINDING));
    }

    static String render(Reporter reporter, Report report, ReportContext ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reporter.write(report, ctx, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

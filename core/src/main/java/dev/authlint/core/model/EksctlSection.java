package dev.authlint.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An eksctl {@code ClusterConfig}: the {@code eksctl} section (cluster, node groups, Fargate profiles, IRSA
 * service accounts), its identity mappings and access entries as an {@code awsAuth} section, and inline
 * service-account policies as an {@code iam} section.
 */
final class EksctlSection {

    private EksctlSection() {
    }

    static boolean isClusterConfig(Located doc) {
        String apiVersion = doc.get("apiVersion").string();
        return apiVersion != null && apiVersion.startsWith("eksctl.io/") && "ClusterConfig".equals(doc.get("kind").string());
    }

    /** Adds {@code eksctl}, and {@code awsAuth}/{@code iam} when the config has such content, to {@code sections}. */
    static void addSections(Located doc, Map<String, Located> sections) {
        IamPolicies iam = new IamPolicies("eksctl", doc.span());
        Located metadata = doc.get("metadata");
        SectionBuilder eksctl = new SectionBuilder(doc.span())
                .put("clusterName", RbacSection.orNull(metadata.get("name")))
                .put("region", RbacSection.orNull(metadata.get("region")));
        List<Located> nodeGroups = new ArrayList<>();
        addNodeGroups(doc, "managedNodeGroups", true, nodeGroups, iam);
        addNodeGroups(doc, "nodeGroups", false, nodeGroups, iam);
        eksctl.put("nodeGroups", SectionBuilder.list(doc.span(), nodeGroups));
        List<Located> profiles = new ArrayList<>();
        for (Located profile : doc.get("fargateProfiles").items()) {
            profiles.add(new SectionBuilder(profile.span() != null ? profile.span() : doc.span())
                    .put("name", RbacSection.orNull(profile.get("name")))
                    .put("podExecutionRoleARN", RbacSection.orNull(profile.get("podExecutionRoleARN")))
                    .build());
        }
        eksctl.put("fargateProfiles", SectionBuilder.list(doc.get("fargateProfiles").span() != null
                ? doc.get("fargateProfiles").span() : doc.span(), profiles).withKeySpanOf(doc.get("fargateProfiles")));
        List<Located> serviceAccounts = new ArrayList<>();
        List<Located> accounts = doc.get("iam", "serviceAccounts").items();
        for (int i = 0; i < accounts.size(); i++) {
            Located sa = accounts.get(i);
            Located inline = sa.get("attachPolicy");
            Integer policy = null;
            if (inline.isMap()) {
                policy = iam.addPolicy(sa.get("metadata", "name").value(), "identity", null,
                        List.of("document", "iam", "serviceAccounts", i, "attachPolicy"), inline);
            }
            serviceAccounts.add(new SectionBuilder(sa.span() != null ? sa.span() : doc.span())
                    .put("name", RbacSection.orNull(sa.get("metadata", "name")))
                    .put("namespace", RbacSection.orNull(sa.get("metadata", "namespace")))
                    .put("attachPolicyARNs", SectionBuilder.asArray(sa.get("attachPolicyARNs"), new ArrayList<>()))
                    .put("attachPolicy", new Located(policy, inline.positions()))
                    .build());
        }
        eksctl.put("serviceAccounts", SectionBuilder.list(doc.span(), serviceAccounts));
        Located awsAuth = awsAuth(doc);
        if (awsAuth != null) {
            sections.put("awsAuth", awsAuth);
        }
        if (!iam.isEmpty()) {
            sections.put("iam", iam.build());
        }
        sections.put("eksctl", eksctl.build());
    }

    private static void addNodeGroups(Located doc, String key, boolean managed, List<Located> out, IamPolicies iam) {
        List<Located> groups = doc.get(key).items();
        for (int i = 0; i < groups.size(); i++) {
            Located ng = groups.get(i);
            Located amiFamily = ng.get("amiFamily");
            String family = amiFamily.string();
            Located inline = ng.get("iam", "attachPolicy");
            if (inline.isMap()) {
                iam.addPolicy(ng.get("name").value(), "identity", null,
                        List.of("document", key, i, "iam", "attachPolicy"), inline);
            }
            out.add(new SectionBuilder(ng.span() != null ? ng.span() : doc.span())
                    .put("name", RbacSection.orNull(ng.get("name")))
                    .putValue("managed", managed)
                    .put("amiFamily", RbacSection.orNull(amiFamily))
                    .putValue("windows", family != null && family.toLowerCase(Locale.ROOT).startsWith("windows"))
                    .put("instanceRoleARN", RbacSection.orNull(ng.get("iam", "instanceRoleARN")))
                    .build());
        }
    }

    /** iamIdentityMappings by ARN type, and access entries; null when the config has neither. */
    private static Located awsAuth(Located doc) {
        Located mappings = doc.get("iamIdentityMappings");
        Located entries = doc.get("accessConfig", "accessEntries");
        if (!mappings.present() && !entries.present()) {
            return null;
        }
        List<Located> roles = new ArrayList<>();
        List<Located> users = new ArrayList<>();
        List<Located> accounts = new ArrayList<>();
        for (Located mapping : mappings.items()) {
            Located arn = mapping.get("arn");
            Located account = mapping.get("account");
            if (!arn.present() && account.present()) {
                accounts.add(account);
                continue;
            }
            boolean user = arn.string() != null && arn.string().contains(":user/");
            SectionBuilder entry = new SectionBuilder(mapping.span() != null ? mapping.span() : doc.span())
                    .put(user ? "userarn" : "rolearn", arn);
            for (Map.Entry<String, Located> e : mapping.entries()) {
                if (!"arn".equals(e.getKey())) {
                    entry.put(e.getKey(), e.getValue());
                }
            }
            entry.putValue("arnKey", "arn");
            (user ? users : roles).add(entry.build());
        }
        SectionBuilder section = new SectionBuilder(doc.span()).putValue("source", "eksctl");
        if (mappings.present()) {
            // Only the kinds the author actually wrote appear, as for a ConfigMap's keys.
            if (!roles.isEmpty()) {
                section.put("mapRoles", SectionBuilder.list(mappings.span(), roles).withKeySpanOf(mappings));
            }
            if (!users.isEmpty()) {
                section.put("mapUsers", SectionBuilder.list(mappings.span(), users).withKeySpanOf(mappings));
            }
            if (!accounts.isEmpty()) {
                section.put("mapAccounts", SectionBuilder.list(mappings.span(), accounts).withKeySpanOf(mappings));
            }
        }
        if (entries.present()) {
            List<Located> normalized = entries.items().stream().map(AccessEntries::fromEksctl).toList();
            section.put("accessEntries", SectionBuilder.list(entries.span(), normalized).withKeySpanOf(entries));
        }
        section.put("errors", new Located(new ArrayList<>(), null));
        return section.build();
    }
}

package dev.authlint.core.model;

import java.util.ArrayList;
import java.util.List;

/** Normalizes EKS access entries (eksctl {@code accessConfig.accessEntries}, CloudFormation AccessEntry). */
final class AccessEntries {

    private AccessEntries() {
    }

    /** An eksctl access entry: {@code principalARN}, {@code kubernetesGroups}, {@code accessPolicies}, … */
    static Located fromEksctl(Located entry) {
        return entry(entry, entry.get("principalARN"), entry.get("kubernetesGroups"), entry.get("username"),
                entry.get("type"), entry.get("accessPolicies"), "policyARN", "accessScope", "type", "namespaces");
    }

    /** CloudFormation {@code AWS::EKS::AccessEntry} properties ({@code PrincipalArn}, {@code AccessPolicies}…). */
    static Located fromCloudFormation(Located props) {
        return entry(props, props.get("PrincipalArn"), props.get("KubernetesGroups"), props.get("Username"),
                props.get("Type"), props.get("AccessPolicies"), "PolicyArn", "AccessScope", "Type", "Namespaces");
    }

    private static Located entry(Located at, Located principal, Located groups, Located username, Located type,
                                 Located policies, String policyKey, String scopeKey, String scopeTypeKey,
                                 String namespacesKey) {
        List<Located> normalized = new ArrayList<>();
        for (Located policy : policies.items()) {
            Located scope = policy.get(scopeKey);
            Located normalizedScope = scope.isMap()
                    ? new SectionBuilder(scope.span())
                        .put("type", RbacSection.orNull(scope.get(scopeTypeKey)))
                        .put("namespaces", SectionBuilder.asArray(scope.get(namespacesKey), new ArrayList<>()))
                        .build().withKeySpanOf(scope)
                    : RbacSection.orNull(scope);
            normalized.add(new SectionBuilder(policy.span())
                    .put("policyARN", RbacSection.orNull(policy.get(policyKey)))
                    .put("accessScope", normalizedScope)
                    .build());
        }
        return new SectionBuilder(at.span())
                .put("principalARN", RbacSection.orNull(principal))
                .put("kubernetesGroups", SectionBuilder.asArray(groups, new ArrayList<>()))
                .put("username", RbacSection.orNull(username))
                .put("type", type.present() ? type : new Located("STANDARD", null))
                .put("accessPolicies", policies.isList()
                        ? SectionBuilder.list(policies.span(), normalized).withKeySpanOf(policies)
                        : new Located(new ArrayList<>(), policies.positions()))
                .build();
    }
}

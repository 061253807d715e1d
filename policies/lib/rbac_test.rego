package authlint.lib.rbac_test

import data.authlint.lib.rbac

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

test_star_covers_resources_and_subresources if {
	rbac.resource_covers("*", "pods")
	rbac.resource_covers("*", "pods/exec")
}

test_star_slash_covers_one_subresource_of_every_resource if {
	rbac.resource_covers("*/exec", "pods/exec")
	not rbac.resource_covers("*/exec", "pods/attach")
	not rbac.resource_covers("*/exec", "pods")
}

test_pods_slash_star_is_not_a_wildcard if {
	not rbac.resource_covers("pods/*", "pods/exec")
}

test_singular_resource_does_not_match if {
	not rbac.resource_covers("cronjob", "cronjobs")
}

test_granted_expands_verb_and_group_wildcards if {
	rbac.granted(rule(["*"], ["secrets"], ["*"]), rbac.perms({""}, {"secrets"}, {"get", "list"})) == {"get secrets", "list secrets"}
}

test_granted_requires_group if {
	rbac.granted(rule(["apps"], ["secrets"], ["get"]), rbac.perms({""}, {"secrets"}, {"get"})) == set()
}

test_named_get_on_secrets_is_not_a_read_of_all if {
	rbac.secret_reads(named([""], ["secrets"], ["get"], ["db-password"])) == set()
}

test_named_list_on_secrets_still_reads_all if {
	rbac.secret_reads(named([""], ["secrets"], ["get", "list"], ["db-password"])) == {"list secrets"}
}

test_workload_writes_match_cronjobs_exactly if {
	rbac.workload_writes(rule(["batch"], ["cronjobs"], ["create"])) == {"create cronjobs"}
	rbac.workload_writes(rule(["batch"], ["cronjob"], ["create"])) == set()
}

test_escalation_covers_clusterroles_and_clusterrolebindings if {
	rbac.rbac_escalation(rule(["rbac.authorization.k8s.io"], ["clusterroles"], ["escalate"])) == {"escalate clusterroles"}
	rbac.rbac_escalation(rule(["rbac.authorization.k8s.io"], ["clusterrolebindings"], ["patch"])) == {"patch clusterrolebindings"}
}

test_userextras_impersonation if {
	rbac.impersonation(rule(["authentication.k8s.io"], ["userextras/scopes"], ["impersonate"])) == {"impersonate userextras"}
}

test_configmap_writes_named_other_object_is_harmless if {
	rbac.configmap_writes(named([""], ["configmaps"], ["update", "patch"], ["app-config"])) == set()
}

test_configmap_writes_named_aws_auth_counts_without_create if {
	rbac.configmap_writes(named([""], ["configmaps"], ["create", "update"], ["aws-auth"])) == {"update configmaps"}
}

test_aws_auth_writes_only_from_kube_system_or_cluster_roles if {
	r := rule([""], ["configmaps"], ["patch"])
	rbac.aws_auth_writes({"kind": "ClusterRole", "namespace": null}, r) == {"patch configmaps"}
	rbac.aws_auth_writes({"kind": "Role", "namespace": "kube-system"}, r) == {"patch configmaps"}
	rbac.aws_auth_writes({"kind": "Role", "namespace": "team-a"}, r) == set()
}

test_csr_approval_needs_both_halves if {
	approval := rule(["certificates.k8s.io"], ["certificatesigningrequests/approval"], ["update"])
	signer := named(["certificates.k8s.io"], ["signers"], ["approve"], ["kubernetes.io/kube-apiserver-client"])
	rbac.csr_approvals({"rules": [approval, signer]}, approval) == {"update certificatesigningrequests/approval"}
	rbac.csr_approvals({"rules": [approval]}, approval) == set()
}

test_risky_lists_every_rule_not_only_the_first if {
	role := {"kind": "ClusterRole", "namespace": null, "rules": [rule([""], ["configmaps"], ["get"]), rule([""], ["nodes/proxy"], ["get"])]}
	rbac.risky(role) == {["RB007", 1, "get nodes/proxy"]}
}

test_full_wildcard if {
	rbac.full_wildcard(rule(["*"], ["*"], ["*"]))
	not rbac.full_wildcard(rule([""], ["*"], ["*"]))
}

test_describe_names_the_namespace_when_known if {
	rbac.describe({"kind": "Role", "name": "r", "namespace": "apps"}) == "Role apps/r"
	rbac.describe({"kind": "Role", "name": "r", "namespace": null}) == "Role r"
	rbac.describe({"kind": "ClusterRole", "name": "c", "namespace": null}) == "ClusterRole c"
}

test_describe_unnamed if {
	rbac.describe({"kind": "ClusterRole", "name": null}) == "ClusterRole (unnamed)"
}

test_listing_groups_resources_with_the_same_verbs if {
	rbac.listing({"get secrets", "list secrets", "watch secrets"}) == "get/list/watch secrets"
	rbac.listing({"create pods", "patch pods", "create jobs", "patch jobs", "get configmaps"}) == "create/patch jobs, pods; get configmaps"
	rbac.listing(set()) == ""
}

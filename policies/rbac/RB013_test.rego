package authlint.rules.RB013

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


kube_system_role(rules) := {"rbac": {"kind": "Role", "name": "r", "namespace": "kube-system", "rules": rules}}

test_cluster_role_patches_configmaps if {
	f := deny with input as role([rule([""], ["configmaps"], ["patch"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "resources", 0]}
}

test_kube_system_role_names_aws_auth if {
	f := deny with input as kube_system_role([named([""], ["configmaps"], ["update"], ["aws-auth", "coredns"])])
	some x in f
	indexof(x.msg, "on aws-auth") != -1
}

test_named_other_configmaps_are_fine if {
	count(deny) == 0 with input as kube_system_role([named([""], ["configmaps"], ["update", "patch"], ["coredns"])])
}

test_role_in_another_namespace_is_fine if {
	count(deny) == 0 with input as {"rbac": {"kind": "Role", "name": "r", "namespace": "apps", "rules": [rule([""], ["configmaps"], ["*"])]}}
}

test_create_only_is_medium if {
	f := deny with input as {"rbac": {"kind": "Role", "name": "leader-election", "namespace": "kube-system", "rules": [rule([""], ["configmaps"], ["create"])]}}
	some x in f
	x.severity == "medium"
}

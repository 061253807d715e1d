package authlint.rules.RB005

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_create_cronjobs if {
	f := deny with input as role([rule(["batch"], ["cronjobs"], ["create"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "resources", 0]}
}

test_patch_deployments_in_second_rule if {
	f := deny with input as role([rule([""], ["pods"], ["get"]), rule(["apps"], ["replicasets", "deployments"], ["patch"])])
	{x.path | some x in f} == {["rbac", "rules", 1, "resources", 0]}
}

test_singular_cronjob_is_not_a_resource if {
	count(deny) == 0 with input as role([rule(["batch"], ["cronjob"], ["create"])])
}

test_read_only_and_wrong_group if {
	count(deny) == 0 with input as role([rule([""], ["pods"], ["get", "list", "watch"]), rule([""], ["deployments"], ["create"])])
}

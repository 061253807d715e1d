package authlint.rules.RB006

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_exec_create if {
	f := deny with input as role([rule([""], ["pods", "pods/exec"], ["create"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "resources", 1]}
}

test_ephemeral_containers_patch if {
	count(deny) == 1 with input as role([rule([""], ["pods/ephemeralcontainers"], ["patch"])])
}

test_star_subresource_covers_exec if {
	count(deny) == 1 with input as role([rule([""], ["*/exec"], ["get"])])
}

test_logs_and_ephemeral_get_are_fine if {
	count(deny) == 0 with input as role([rule([""], ["pods/log", "pods/ephemeralcontainers"], ["get"])])
}

package authlint.rules.RB008

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_escalate_clusterroles if {
	f := deny with input as role([rule(["rbac.authorization.k8s.io"], ["clusterroles"], ["escalate"])])
	some x in f
	indexof(x.msg, "escalate clusterroles") != -1
}

test_write_clusterrolebindings if {
	count(deny) == 1 with input as role([rule(["rbac.authorization.k8s.io"], ["clusterrolebindings"], ["create"])])
}

test_bind_roles_named if {
	count(deny) == 1 with input as role([named(["rbac.authorization.k8s.io"], ["roles"], ["bind"], ["admin"])])
}

test_reading_rbac_is_fine if {
	count(deny) == 0 with input as role([rule(["rbac.authorization.k8s.io"], ["roles", "clusterroles", "rolebindings", "clusterrolebindings"], ["get", "list", "watch"])])
}

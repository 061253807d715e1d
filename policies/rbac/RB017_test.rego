package authlint.rules.RB017

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


aggregated(target, rules) := {"rbac": {"kind": "ClusterRole", "name": "agg", "namespace": null, "labels": {sprintf("rbac.authorization.k8s.io/aggregate-to-%s", [target]): "true"}, "rules": rules}}

test_secrets_into_view if {
	f := deny with input as aggregated("view", [rule(["example.com"], ["widgets"], ["get"]), rule([""], ["secrets"], ["list"])])
	{x.path | some x in f} == {["rbac", "rules", 1]}
}

test_write_verb_into_view if {
	f := deny with input as aggregated("view", [rule(["example.com"], ["widgets"], ["get", "update"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "verbs", 1]}
}

test_impersonation_into_edit if {
	count(deny) == 1 with input as aggregated("edit", [rule([""], ["users"], ["impersonate"])])
}

test_crd_crud_into_edit_is_normal if {
	count(deny) == 0 with input as aggregated("edit", [rule(["example.com"], ["widgets"], ["*"]), rule([""], ["pods"], ["create"])])
}

test_not_aggregated if {
	count(deny) == 0 with input as role([rule([""], ["users"], ["impersonate"])])
}

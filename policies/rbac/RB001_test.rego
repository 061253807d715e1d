package authlint.rules.RB001

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "rules": rules}}

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

test_wildcard_in_second_rule if {
	f := deny with input as role([rule([""], ["pods"], ["get"]), rule(["apps"], ["deployments"], ["get", "*"])])
	{x.path | some x in f} == {["rbac", "rules", 1, "verbs", 1]}
}

test_one_finding_per_rule_naming_every_field if {
	f := deny with input as role([rule(["*"], ["*"], ["*"])])
	count(f) == 1
	some x in f
	x.path == ["rbac", "rules", 0, "verbs", 0]
	indexof(x.msg, "verbs") != -1
	indexof(x.msg, "apiGroups") != -1
}

test_no_wildcard if {
	count(deny) == 0 with input as role([rule([""], ["pods", "pods/log"], ["get", "list"])])
}

test_star_slash_subresource_is_not_reported_here if {
	count(deny) == 0 with input as role([rule([""], ["*/scale"], ["get"])])
}

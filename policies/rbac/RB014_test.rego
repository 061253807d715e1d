package authlint.rules.RB014

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


named_role(name, rules) := {"rbac": {"kind": "ClusterRole", "name": name, "namespace": null, "rules": rules}}

test_viewer_that_deletes if {
	f := deny with input as named_role("team-viewer", [rule([""], ["pods"], ["get"]), rule([""], ["pods"], ["list", "delete"])])
	{x.path | some x in f} == {["rbac", "rules", 1, "verbs", 1]}
}

test_star_verb_in_readonly if {
	count(deny) == 1 with input as named_role("ReadOnly", [rule([""], ["pods"], ["*"])])
}

test_read_only_role_that_reads if {
	count(deny) == 0 with input as named_role("read-only", [rule([""], ["pods"], ["get", "list", "watch"])])
}

test_word_boundaries_and_custom_pattern if {
	count(deny) == 0 with input as named_role("preview-deployer", [rule(["apps"], ["deployments"], ["patch"])])
	count(deny) == 1 with input as named_role("auditor", [rule([""], ["pods"], ["delete"])])
		with data.authlint.params.readOnlyNamePattern as "^auditor$"
}

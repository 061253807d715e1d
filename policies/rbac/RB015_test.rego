package authlint.rules.RB015

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_list_with_names if {
	f := deny with input as role([named([""], ["configmaps"], ["get", "list"], ["cfg"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "verbs", 1]}
}

test_create_and_star_with_names if {
	count(deny) == 2 with input as role([named([""], ["secrets"], ["create"], ["a"]), named([""], ["secrets"], ["*"], ["b"])])
}

test_get_update_delete_with_names_are_fine if {
	count(deny) == 0 with input as role([named([""], ["configmaps"], ["get", "update", "patch", "delete"], ["cfg"])])
}

test_list_without_names_is_fine_here if {
	count(deny) == 0 with input as role([rule([""], ["configmaps"], ["list"])])
}

package authlint.rules.RB009

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_impersonate_groups if {
	count(deny) == 1 with input as role([rule([""], ["groups"], ["impersonate"])])
}

test_impersonate_uids_and_userextras if {
	f := deny with input as role([rule(["authentication.k8s.io"], ["uids", "userextras/scopes"], ["impersonate"])])
	some x in f
	indexof(x.msg, "impersonate uids, userextras") != -1
}

test_uids_in_core_group_are_not_uids if {
	count(deny) == 0 with input as role([rule([""], ["uids"], ["impersonate"])])
}

test_get_users_is_fine if {
	count(deny) == 0 with input as role([rule([""], ["users", "groups", "serviceaccounts"], ["get", "list"])])
}

package authlint.rules.RB010

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_create_token if {
	f := deny with input as role([rule([""], ["serviceaccounts/token"], ["create"])])
	{x.path | some x in f} == {["rbac", "rules", 0, "resources", 0]}
}

test_create_secrets if {
	count(deny) == 1 with input as role([rule([""], ["secrets"], ["create", "delete"])])
}

test_get_token_or_update_secrets_is_not_minting if {
	count(deny) == 0 with input as role([rule([""], ["serviceaccounts/token"], ["get"]), rule([""], ["secrets"], ["update"])])
}

test_create_serviceaccounts_is_not_minting if {
	count(deny) == 0 with input as role([rule([""], ["serviceaccounts"], ["create"])])
}

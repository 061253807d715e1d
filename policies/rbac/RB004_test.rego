package authlint.rules.RB004

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_list_in_a_later_rule if {
	f := deny with input as role([rule([""], ["pods"], ["get"]), rule([""], ["configmaps", "secrets"], ["list"])])
	{x.path | some x in f} == {["rbac", "rules", 1, "resources", 1]}
}

test_wildcards_expand if {
	f := deny with input as role([rule(["*"], ["*"], ["*"])])
	some x in f
	indexof(x.msg, "get/list/watch secrets") != -1
}

test_named_get_passes_but_named_watch_does_not if {
	count(deny) == 0 with input as role([named([""], ["secrets"], ["get"], ["tls"])])
	count(deny) == 1 with input as role([named([""], ["secrets"], ["get", "watch"], ["tls"])])
}

test_secrets_in_another_group_or_create_only if {
	count(deny) == 0 with input as role([rule(["apps"], ["secrets"], ["get"]), rule([""], ["secrets"], ["create"])])
}

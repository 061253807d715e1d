package authlint.rules.RB007

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_nodes_proxy_get if {
	count(deny) == 1 with input as role([rule([""], ["nodes", "nodes/proxy"], ["get"])])
}

test_nodes_proxy_through_star if {
	count(deny) == 1 with input as role([rule([""], ["*"], ["create"])])
}

test_nodes_metrics_is_fine if {
	count(deny) == 0 with input as role([rule([""], ["nodes/metrics", "nodes/stats", "nodes"], ["get"])])
}

test_nodes_proxy_in_other_group if {
	count(deny) == 0 with input as role([rule(["metrics.k8s.io"], ["nodes/proxy"], ["get"])])
}

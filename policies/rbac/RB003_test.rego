package authlint.rules.RB003

binding(role, subjects) := {"rbac": {"kind": "ClusterRoleBinding", "name": "b", "roleRef": {"kind": "ClusterRole", "name": role}, "subjects": subjects}}

test_authenticated_bound_to_view if {
	f := deny with input as binding("view", [{"kind": "ServiceAccount", "name": "x", "namespace": "y"}, {"kind": "Group", "name": "system:authenticated"}])
	{x.path | some x in f} == {["rbac", "subjects", 1, "name"]}
}

test_anonymous_user if {
	count(deny) == 1 with input as binding("my-role", [{"kind": "User", "name": "system:anonymous"}])
}

test_kubernetes_defaults_are_fine if {
	count(deny) == 0 with input as binding("system:discovery", [{"kind": "Group", "name": "system:authenticated"}])
}

test_user_named_like_a_group_is_not_the_group if {
	count(deny) == 0 with input as binding("view", [{"kind": "User", "name": "system:authenticated"}])
}

test_bootstrap_cluster_admin_binding_is_the_default if {
	count(deny) == 0 with input as {"rbac": {"kind": "ClusterRoleBinding", "name": "cluster-admin", "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "Group", "name": "system:masters"}]}}
	count(deny) == 1 with input as binding("cluster-admin", [{"kind": "Group", "name": "system:masters"}])
}

package authlint.rules.RB002

binding(kind, role) := {"rbac": {"kind": kind, "name": "b", "namespace": "team", "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, "subjects": []}}

test_cluster_admin_is_high if {
	f := deny with input as binding("ClusterRoleBinding", "cluster-admin")
	some x in f
	x.severity == "high"
	x.path == ["rbac", "roleRef", "name"]
}

test_edit_is_medium if {
	f := deny with input as binding("RoleBinding", "edit")
	some x in f
	x.severity == "medium"
	indexof(x.msg, "in namespace team") != -1
}

test_view_and_custom_roles_are_fine if {
	count(deny) == 0 with input as binding("ClusterRoleBinding", "view")
	count(deny) == 0 with input as binding("RoleBinding", "cluster-admin-lite")
}

test_role_named_admin_is_not_the_builtin if {
	count(deny) == 0 with input as {"rbac": {"kind": "RoleBinding", "name": "b", "namespace": "t", "roleRef": {"kind": "Role", "name": "admin"}, "subjects": []}}
}

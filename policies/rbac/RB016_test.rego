package authlint.rules.RB016

binding(kind, ns, ref_kind, ref_name) := {"file": "b.yaml", "rbac": {"kind": kind, "name": "b", "namespace": ns, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": ref_kind, "name": ref_name}, "subjects": []}}

role(kind, ns, name) := {"file": "r.yaml", "rbac": {"kind": kind, "name": name, "namespace": ns, "rules": []}}

test_typo_in_role_name if {
	f := deny with input as {"documents": [role("ClusterRole", null, "deployer"), binding("ClusterRoleBinding", null, "ClusterRole", "deployr")]}
	{x.path | some x in f} == {["documents", 1, "rbac", "roleRef", "name"]}
}

test_role_in_other_namespace if {
	count(deny) == 1 with input as {"documents": [role("Role", "a", "deployer"), binding("RoleBinding", "b", "Role", "deployer")]}
}

test_existing_and_builtin_roles if {
	count(deny) == 0 with input as {"documents": [
		role("Role", "a", "deployer"),
		binding("RoleBinding", "a", "Role", "deployer"),
		binding("RoleBinding", "a", "ClusterRole", "view"),
		binding("ClusterRoleBinding", null, "ClusterRole", "system:node-proxier"),
		binding("ClusterRoleBinding", null, "ClusterRole", "eks:podsecuritypolicy:privileged"),
	]}
}

test_kind_must_match if {
	count(deny) == 1 with input as {"documents": [role("Role", "a", "deployer"), binding("RoleBinding", "a", "ClusterRole", "deployer")]}
}

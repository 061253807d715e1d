package authlint.rules.X002

cm(groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Dev", "username": "dev", "groups": groups}]}}

rb(group) := {"file": "rb.yaml", "rbac": {"kind": "RoleBinding", "name": "dev", "namespace": "dev", "roleRef": {"kind": "ClusterRole", "name": "edit"}, "subjects": [{"kind": "Group", "name": group}]}}

test_typo_in_binding if {
	f := deny with input as {"documents": [cm(["developers"]), rb("developer")]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "groups", 0]}
}

test_second_group_unused if {
	count(deny) == 1 with input as {"documents": [cm(["developers", "auditors"]), rb("developers")]}
}

test_reserved_and_bound_groups_are_fine if {
	count(deny) == 0 with input as {"documents": [cm(["developers", "system:nodes", "eks:kube-proxy-windows"]), rb("developers")]}
}

test_no_bindings_in_repository if {
	count(deny) == 0 with input as {"documents": [cm(["developers"])]}
}

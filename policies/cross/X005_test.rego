package authlint.rules.X005

cm(name, groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": sprintf("arn:aws:iam::111122223333:role/%s", [name]), "username": name, "groups": groups}]}}

rb(group, kind, role) := {"file": "rb.yaml", "rbac": {"kind": "RoleBinding", "name": "rb", "namespace": "apps", "roleRef": {"kind": kind, "name": role}, "subjects": [{"kind": "Group", "name": group}]}}

role(name, verbs) := {"file": "role.yaml", "rbac": {"kind": "Role", "name": name, "namespace": "apps", "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}]}}

test_readonly_role_bound_to_edit if {
	f := deny with input as {"documents": [cm("eks-ReadOnly", ["auditors"]), rb("auditors", "ClusterRole", "edit")]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "rolearn"]}
}

test_viewer_role_bound_to_role_with_delete if {
	f := deny with input as {"documents": [cm("viewer", ["viewers"]), rb("viewers", "Role", "pod-reader"), role("pod-reader", ["get", "delete"])]}
	some x in f
	x.related[2].path == ["documents", 2, "rbac", "rules", 0]
}

test_readonly_role_bound_to_view if {
	count(deny) == 0 with input as {"documents": [cm("ReadOnly", ["auditors"]), rb("auditors", "ClusterRole", "view")]}
}

test_name_without_read_word if {
	count(deny) == 0 with input as {"documents": [cm("deployer", ["deployers"]), rb("deployers", "ClusterRole", "edit")]}
}

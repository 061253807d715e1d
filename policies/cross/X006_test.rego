package authlint.rules.X006

cm(groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Ci", "username": "ci", "groups": groups}]}}

rb(ns, kind, role) := {"file": "rb.yaml", "rbac": {"kind": "RoleBinding", "name": "ci", "namespace": ns, "roleRef": {"kind": kind, "name": role}, "subjects": [{"kind": "Group", "name": "ci"}]}}

cm_writer(names) := {"file": "role.yaml", "rbac": {"kind": "Role", "name": "cm-writer", "namespace": "kube-system", "rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "patch"], "resourceNames": names, "nonResourceURLs": []}]}}

test_group_can_patch_configmaps_in_kube_system if {
	f := deny with input as {"documents": [cm(["ci"]), rb("kube-system", "Role", "cm-writer"), cm_writer([])]}
	count(f) == 1
	some x in f
	x.path == ["documents", 0, "awsAuth", "mapRoles", 0, "rolearn"]
	[l.path | some l in x.related] == [["documents", 0, "awsAuth", "mapRoles", 0, "groups", 0], ["documents", 1, "rbac", "subjects", 0, "name"], ["documents", 2, "rbac", "rules", 0]]
}

test_edit_in_kube_system if {
	count(deny) == 1 with input as {"documents": [cm(["ci"]), rb("kube-system", "ClusterRole", "edit")]}
}

test_named_other_configmap_and_other_namespace if {
	count(deny) == 0 with input as {"documents": [cm(["ci"]), rb("kube-system", "Role", "cm-writer"), cm_writer(["coredns"])]}
	count(deny) == 0 with input as {"documents": [cm(["ci"]), rb("apps", "ClusterRole", "edit")]}
}

test_cluster_admins_are_x001 if {
	count(deny) == 0 with input as {"documents": [cm(["ci", "system:masters"]), rb("kube-system", "ClusterRole", "edit")]}
}

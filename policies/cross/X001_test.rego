package authlint.rules.X001

cm(roles) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": roles}}

role(name, groups) := {"rolearn": sprintf("arn:aws:iam::111122223333:role/%s", [name]), "username": name, "groups": groups}

crb(name, role_name, group) := {"file": "crb.yaml", "rbac": {"kind": "ClusterRoleBinding", "name": name, "namespace": null, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role_name}, "subjects": [{"kind": "Group", "name": group}]}}

cluster_role(name, rules) := {"file": "cr.yaml", "rbac": {"kind": "ClusterRole", "name": name, "namespace": null, "rules": rules}}

star := {"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"], "resourceNames": [], "nonResourceURLs": []}

test_group_bound_to_cluster_admin if {
	f := deny with input as {"documents": [cm([role("Platform", ["platform"])]), crb("platform-admin", "cluster-admin", "platform")]}
	count(f) == 1
	some x in f
	x.path == ["documents", 0, "awsAuth", "mapRoles", 0, "rolearn"]
	[l.path | some l in x.related] == [["documents", 0, "awsAuth", "mapRoles", 0, "groups", 0], ["documents", 1, "rbac", "subjects", 0, "name"]]
}

test_group_bound_to_wildcard_role_and_masters if {
	f := deny with input as {"documents": [cm([role("Ops", ["ops", "system:masters"])]), crb("ops", "everything", "ops"), cluster_role("everything", [star])]}
	count(f) == 1
	some x in f
	indexof(x.msg, "and by one more route") != -1
}

test_access_entry_with_cluster_admin_policy if {
	entry := {"principalARN": "arn:aws:iam::111122223333:role/Ci", "kubernetesGroups": [], "accessPolicies": [{"policyARN": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", "accessScope": {"type": "cluster"}}]}
	f := deny with input as {"documents": [{"file": "cluster.yaml", "awsAuth": {"source": "eksctl", "accessEntries": [entry]}}]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "accessEntries", 0, "principalARN"]}
}

test_break_glass_role_binding_and_namespaced_admin_are_fine if {
	rb := {"file": "rb.yaml", "rbac": {"kind": "RoleBinding", "name": "dev-admin", "namespace": "dev", "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "Group", "name": "dev"}]}}
	count(deny) == 0 with input as {"documents": [cm([role("BreakGlass", ["system:masters"]), role("Dev", ["dev"])]), rb]}
		with data.authlint.params.breakGlassArns as ["arn:aws:iam::111122223333:role/BreakGlass"]
}

test_group_bound_to_narrow_role if {
	narrow := {"apiGroups": [""], "resources": ["*"], "verbs": ["get"], "resourceNames": [], "nonResourceURLs": []}
	count(deny) == 0 with input as {"documents": [cm([role("Dev", ["dev"])]), crb("dev", "reader", "dev"), cluster_role("reader", [narrow])]}
}

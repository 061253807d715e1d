package authlint.rules.X003

cm(username, groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Dev", "username": username, "groups": groups}]}}

binding(subjects) := {"file": "b.yaml", "rbac": {"kind": "ClusterRoleBinding", "name": "b", "namespace": null, "roleRef": {"kind": "ClusterRole", "name": "view"}, "subjects": subjects}}

test_group_nobody_is_mapped_to if {
	f := deny with input as {"documents": [cm("dev", ["developers"]), binding([{"kind": "Group", "name": "developers"}, {"kind": "Group", "name": "auditors"}])]}
	{x.path | some x in f} == {["documents", 1, "rbac", "subjects", 1, "name"]}
}

test_user_nobody_is_mapped_to if {
	count(deny) == 1 with input as {"documents": [cm("dev", []), binding([{"kind": "User", "name": "alice"}])]}
}

test_templated_username_produces_matching_users if {
	count(deny) == 0 with input as {"documents": [cm("dev:{{SessionName}}", []), binding([{"kind": "User", "name": "dev:alice"}])]}
	count(deny) == 1 with input as {"documents": [cm("dev:{{SessionName}}", []), binding([{"kind": "User", "name": "ops:alice"}])]}
}

test_system_identities_service_accounts_and_no_mappings if {
	count(deny) == 0 with input as {"documents": [cm("dev", []), binding([{"kind": "Group", "name": "system:authenticated"}, {"kind": "ServiceAccount", "name": "x", "namespace": "y"}])]}
	count(deny) == 0 with input as {"documents": [binding([{"kind": "Group", "name": "developers"}])]}
}

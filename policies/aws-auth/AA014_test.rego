package authlint.rules.AA014

entry(arn, username, groups) := {"rolearn": arn, "username": username, "groups": groups}

test_reserved_group_on_a_person if {
	f := deny with input as {"awsAuth": {"mapRoles": [entry("arn:aws:iam::111122223333:role/Dev", "dev", ["dev", "system:nodes"])]}}
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "groups", 1]}
}

test_eks_group_on_a_person if {
	count(deny) == 1 with input as {"awsAuth": {"mapRoles": [entry("arn:aws:iam::111122223333:role/Dev", "dev", ["eks:kube-proxy-windows"])]}}
}

test_system_masters_is_left_to_aa002 if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [entry("arn:aws:iam::111122223333:role/Admin", "admin", ["system:masters"])]}}
}

test_system_username if {
	f := deny with input as {"awsAuth": {"mapRoles": [entry("arn:aws:iam::111122223333:role/Dev", "system:admin", ["dev"])]}}
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "username"]}
}

test_shared_username_reported_on_the_second_arn if {
	f := deny with input as {"awsAuth": {
		"mapRoles": [entry("arn:aws:iam::111122223333:role/Dev", "dev", ["dev"])],
		"mapUsers": [{"userarn": "arn:aws:iam::111122223333:user/bob", "username": "dev", "groups": ["dev"]}],
	}}
	{x.path | some x in f} == {["awsAuth", "mapUsers", 0, "username"]}
}

test_node_and_fargate_mappings_are_fine if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [
		entry("arn:aws:iam::111122223333:role/ng-1", "system:node:{{EC2PrivateDNSName}}", ["system:bootstrappers", "system:nodes"]),
		entry("arn:aws:iam::111122223333:role/ng-2", "system:node:{{EC2PrivateDNSName}}", ["system:bootstrappers", "system:nodes"]),
		entry("arn:aws:iam::111122223333:role/fargate", "system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes", "system:node-proxier"]),
	]}}
}

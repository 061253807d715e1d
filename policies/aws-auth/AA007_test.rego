package authlint.rules.AA007

node(groups) := {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/eks-node", "username": "system:node:{{EC2PrivateDNSName}}", "groups": groups}]}}

test_missing_system_nodes if {
	f := deny with input as node(["system:bootstrappers"])
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "groups"]}
}

test_extra_privileged_group if {
	f := deny with input as node(["system:bootstrappers", "system:nodes", "system:masters"])
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "groups", 2]}
}

test_correct_linux_and_windows_nodes if {
	count(deny) == 0 with input as node(["system:bootstrappers", "system:nodes"])
	count(deny) == 0 with input as node(["system:bootstrappers", "system:nodes", "eks:kube-proxy-windows"])
}

test_non_node_entries_are_ignored if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/dev", "username": "dev", "groups": ["dev"]}]}}
}

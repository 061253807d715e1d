package authlint.rules.AA009

mapping(groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/win", "username": "system:node:{{EC2PrivateDNSName}}", "groups": groups}]}}

eksctl(windows) := {"file": "cluster.yaml", "eksctl": {"nodeGroups": [{"name": "win", "windows": windows, "instanceRoleARN": "arn:aws:iam::111122223333:role/win"}]}}

test_windows_node_group_without_group if {
	f := deny with input as {"documents": [mapping(["system:bootstrappers", "system:nodes"]), eksctl(true)]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "groups"]}
}

test_param_windows_role if {
	count(deny) == 1 with input as {"documents": [mapping(["system:bootstrappers", "system:nodes"])]}
		with data.authlint.params.windowsNodeRoleArns as ["arn:aws:iam::111122223333:role/WIN"]
}

test_windows_role_with_group if {
	count(deny) == 0 with input as {"documents": [mapping(["system:bootstrappers", "system:nodes", "eks:kube-proxy-windows"]), eksctl(true)]}
}

test_linux_node_group if {
	count(deny) == 0 with input as {"documents": [mapping(["system:bootstrappers", "system:nodes"]), eksctl(false)]}
}

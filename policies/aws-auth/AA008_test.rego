package authlint.rules.AA008

node := {"rolearn": "arn:aws:iam::111122223333:role/ng-1", "username": "system:node:{{EC2PrivateDNSName}}", "groups": ["system:bootstrappers", "system:nodes"]}

eksctl(arn) := {"file": "cluster.yaml", "eksctl": {"nodeGroups": [{"name": "ng", "instanceRoleARN": arn}]}}

test_eksctl_node_role_missing_from_configmap if {
	f := deny with input as {"documents": [{"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [node]}}, eksctl("arn:aws:iam::111122223333:role/ng-2")]}
	{x.path | some x in f} == {["documents", 1, "eksctl", "nodeGroups", 0, "instanceRoleARN"]}
}

test_node_role_mapped_with_path_difference if {
	count(deny) == 0 with input as {"documents": [{"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [node]}}, eksctl("arn:aws:iam::111122223333:role/nodes/ng-1")]}
}

test_param_node_role if {
	f := deny with input as {"documents": [{"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [node]}}]}
		with data.authlint.params.nodeRoleArns as ["arn:aws:iam::111122223333:role/ng-1", "arn:aws:iam::111122223333:role/ng-9"]
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles"]}
}

test_no_configmap_in_repository if {
	count(deny) == 0 with input as {"documents": [eksctl("arn:aws:iam::111122223333:role/ng-2")]}
}

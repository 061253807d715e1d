package authlint.rules.AA010

fargate_arn := "arn:aws:iam::111122223333:role/fargate-exec"

cm(username, groups) := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": fargate_arn, "username": username, "groups": groups}]}}

eksctl := {"file": "cluster.yaml", "eksctl": {"fargateProfiles": [{"name": "fp", "podExecutionRoleARN": fargate_arn}]}}

test_wrong_username_for_eksctl_profile if {
	f := deny with input as {"documents": [cm("fargate", ["system:bootstrappers", "system:nodes", "system:node-proxier"]), eksctl]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "username"]}
}

test_missing_node_proxier_for_param_role if {
	f := deny with input as {"documents": [cm("system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes"])]}
		with data.authlint.params.fargateRoleArns as [fargate_arn]
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "groups"]}
}

test_extra_group_on_recognised_fargate_mapping if {
	f := deny with input as {"documents": [cm("system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes", "system:node-proxier", "admins"])]}
	{x.path | some x in f} == {["documents", 0, "awsAuth", "mapRoles", 0, "groups", 3]}
}

test_correct_mapping if {
	count(deny) == 0 with input as {"documents": [cm("system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes", "system:node-proxier"]), eksctl]}
}

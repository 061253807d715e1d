package authlint.rules.X004

cm := {"file": "aws-auth.yaml", "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/NodeRole", "username": "system:node:{{EC2PrivateDNSName}}", "groups": ["system:bootstrappers", "system:nodes"]}]}}

cfn(principal) := {"file": "template.json", "iam": {"source": "cloudformation", "principals": [{"type": "role", "name": "NodeRole", "logicalId": "NodeRole", "arn": null, "trustPolicy": 0, "policies": []}], "policies": [{"name": "NodeRole-trust", "type": "trust", "owner": 0, "Statement": [{"Sid": null, "Effect": "Allow", "Action": ["sts:AssumeRole"], "Principal": principal, "Condition": null}]}]}}

test_node_role_also_trusted_by_an_account if {
	f := deny with input as {"documents": [cm, cfn({"Service": ["ec2.amazonaws.com"], "AWS": ["arn:aws:iam::111122223333:root"]})]}
	count(f) == 1
	some x in f
	x.path == ["documents", 0, "awsAuth", "mapRoles", 0, "rolearn"]
	x.related[0].path == ["documents", 1, "iam", "policies", 0, "Statement", 0, "Principal", "AWS", 0]
}

test_node_role_trusted_by_another_service if {
	count(deny) == 1 with input as {"documents": [cm, cfn({"Service": ["lambda.amazonaws.com"]})]}
}

test_ec2_only_trust if {
	count(deny) == 0 with input as {"documents": [cm, cfn({"Service": ["ec2.amazonaws.com"]})]}
}

test_role_not_declared_in_repository if {
	count(deny) == 0 with input as {"documents": [cm]}
}

package authlint.rules.IAM005

policy(statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(actions, resources) := {"Sid": "EKS", "Effect": "Allow", "Action": actions, "Resource": resources, "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}

test_eks_star_on_star if {
	f := deny with input as policy([stmt(["eks:*"], ["*"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "Action", 0]}
}

test_associate_access_policy_on_cluster_arn if {
	count(deny) == 1 with input as policy([stmt(["eks:DescribeCluster", "eks:AssociateAccessPolicy"], ["arn:aws:eks:eu-west-1:111122223333:cluster/prod"])])
}

test_read_only_eks if {
	count(deny) == 0 with input as policy([stmt(["eks:Describe*", "eks:List*", "eks:AccessKubernetesApi"], ["*"])])
}

test_other_service_resource if {
	count(deny) == 0 with input as policy([stmt(["eks:*"], ["arn:aws:s3:::bucket"])])
}

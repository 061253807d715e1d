package authlint.rules.IAM007

policy(statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(actions, resources) := {"Sid": null, "Effect": "Allow", "Action": actions, "Resource": resources, "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}

test_get_secret_value_on_star if {
	f := deny with input as policy([stmt(["secretsmanager:GetSecretValue"], ["*"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "Action", 0]}
}

test_wildcards if {
	count(deny) == 2 with input as policy([stmt(["ssm:Get*", "kms:*"], ["*"])])
}

test_scoped_secret if {
	count(deny) == 0 with input as policy([stmt(["secretsmanager:GetSecretValue"], ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/*"])])
}

test_ecr_token_and_describe_are_fine if {
	count(deny) == 0 with input as policy([stmt(["ecr:GetAuthorizationToken", "ssm:DescribeParameters", "kms:DescribeKey"], ["*"])])
}

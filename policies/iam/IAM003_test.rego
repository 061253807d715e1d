package authlint.rules.IAM003

policy(statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(actions, resources, condition) := {"Sid": null, "Effect": "Allow", "Action": actions, "Resource": resources, "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": condition}

test_pass_role_on_star if {
	f := deny with input as policy([stmt(["ec2:RunInstances", "iam:PassRole"], ["*"], null)])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "Action", 1]}
}

test_iam_star_and_lowercase if {
	count(deny) == 1 with input as policy([stmt(["iam:*"], ["*"], null)])
	count(deny) == 1 with input as policy([stmt(["iam:passrole"], ["*"], {"StringLike": {"aws:RequestTag/team": "x"}})])
}

test_passed_to_service_condition if {
	count(deny) == 0 with input as policy([stmt(["iam:PassRole"], ["*"], {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}})])
}

test_scoped_resource if {
	count(deny) == 0 with input as policy([stmt(["iam:PassRole"], ["arn:aws:iam::111122223333:role/app"], null)])
}

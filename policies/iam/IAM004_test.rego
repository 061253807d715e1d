package authlint.rules.IAM004

policy(statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(actions, resources) := {"Sid": null, "Effect": "Allow", "Action": actions, "Resource": resources, "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}

test_put_star if {
	f := deny with input as policy([stmt(["s3:GetObject", "iam:Put*"], ["*"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "Action", 1]}
	some x in f
	indexof(x.msg, "iam:PutRolePolicy") != -1
}

test_iam_star_and_lowercase_action if {
	count(deny) == 1 with input as policy([stmt(["iam:*"], ["*"])])
	count(deny) == 1 with input as policy([stmt(["iam:createaccesskey"], ["*"])])
}

test_passrole_plus_run_instances_across_statements if {
	f := deny with input as policy([stmt(["iam:PassRole"], ["*"]), stmt(["ec2:RunInstances"], ["*"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 1, "Action", 0]}
}

test_scoped_or_read_only_iam if {
	count(deny) == 0 with input as policy([stmt(["iam:PutRolePolicy"], ["arn:aws:iam::111122223333:role/app-*"]), stmt(["iam:Get*", "iam:List*"], ["*"])])
}

test_run_instances_with_scoped_passrole if {
	count(deny) == 0 with input as policy([stmt(["iam:PassRole"], ["arn:aws:iam::111122223333:role/app"]), stmt(["ec2:RunInstances"], ["*"])])
}

test_one_finding_per_compute_action_however_many_passrole_statements if {
	count(deny) == 1 with input as policy([stmt(["iam:PassRole"], ["*"]), stmt(["iam:PassRole", "s3:GetObject"], ["*"]), stmt(["lambda:CreateFunction"], ["*"])])
}

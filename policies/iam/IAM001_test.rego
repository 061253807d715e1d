package authlint.rules.IAM001

policy(statements) := {"iam": {"source": "standalone", "policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(effect, actions, resources) := {"Sid": null, "Effect": effect, "Action": actions, "Resource": resources, "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}

test_star_on_star_in_second_statement if {
	f := deny with input as policy([stmt("Allow", ["s3:GetObject"], ["*"]), stmt("Allow", ["ec2:*", "*"], ["*"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 1, "Action", 1]}
}

test_star_colon_star if {
	count(deny) == 1 with input as policy([stmt("Allow", ["*:*"], ["arn:aws:s3:::b", "*"])])
}

test_deny_star_is_fine if {
	count(deny) == 0 with input as policy([stmt("Deny", ["*"], ["*"])])
}

test_star_on_one_resource_or_service_star if {
	count(deny) == 0 with input as policy([stmt("Allow", ["*"], ["arn:aws:s3:::bucket"]), stmt("Allow", ["s3:*"], ["*"])])
}

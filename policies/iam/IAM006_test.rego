package authlint.rules.IAM006

trust(principal, condition) := {"iam": {"policies": [{"name": "trust", "type": "trust", "Statement": [{"Sid": null, "Effect": "Allow", "Action": ["sts:AssumeRole"], "Resource": null, "NotAction": null, "NotResource": null, "Principal": principal, "NotPrincipal": null, "Condition": condition}]}]}}

test_star_principal if {
	f := deny with input as trust({"AWS": ["*"]}, null)
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "Principal", "AWS", 0]}
}

test_foreign_account_root_is_high if {
	f := deny with input as trust({"AWS": ["arn:aws:iam::444455556666:root"]}, null)
	some x in f
	x.severity == "high"
	count(deny) == 1 with input as trust({"AWS": ["444455556666"]}, null)
}

test_star_with_org_condition if {
	count(deny) == 0 with input as trust({"AWS": ["*"]}, {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}})
}

test_trusted_account_and_services if {
	count(deny) == 0 with input as trust({"AWS": ["arn:aws:iam::111122223333:root"], "Service": ["ec2.amazonaws.com"]}, null)
		with data.authlint.params.trustedAccountIds as ["111122223333"]
	count(deny) == 0 with input as trust({"AWS": ["arn:aws:iam::111122223333:role/ci"]}, null)
}

test_resource_policy_message if {
	f := deny with input as {"iam": {"policies": [{"name": "repo", "type": "trust", "Statement": [{"Sid": null, "Effect": "Allow", "Action": ["ecr:*"], "Resource": ["*"], "NotAction": null, "NotResource": null, "Principal": {"AWS": ["*"]}, "NotPrincipal": null, "Condition": null}]}]}}
	some x in f
	indexof(x.msg, "use the resources it covers") != -1
}

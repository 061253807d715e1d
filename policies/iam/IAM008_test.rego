package authlint.rules.IAM008

stmt(sid, effect, actions) := {"Sid": sid, "Effect": effect, "Action": actions, "Resource": ["*"], "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}

policy(version, statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Version": version, "Statement": statements}]}}

test_old_version if {
	f := deny with input as policy("2008-10-17", [stmt("A", "Allow", ["s3:GetObject"])])
	{x.path | some x in f} == {["iam", "policies", 0, "Version"]}
}

test_duplicate_sid_bad_effect_and_prefixless_action if {
	f := deny with input as policy("2012-10-17", [stmt("A", "Allow", ["s3:GetObject"]), stmt("A", "allow", ["GetObject"])])
	{x.path | some x in f} == {
		["iam", "policies", 0, "Statement", 1, "Sid"],
		["iam", "policies", 0, "Statement", 1, "Effect"],
		["iam", "policies", 0, "Statement", 1, "Action", 0],
	}
}

test_missing_version if {
	count(deny) == 1 with input as {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": [stmt(null, "Deny", ["*"])]}]}}
}

test_well_formed_policy if {
	count(deny) == 0 with input as policy("2012-10-17", [stmt("A", "Allow", ["s3:Get*", "ec2:Describe?nstances"]), stmt(null, "Deny", ["*"]), stmt(null, "Deny", ["iam:*"])])
}

test_empty_sids_may_repeat if {
	count(deny) == 0 with input as policy("2012-10-17", [stmt("", "Allow", ["s3:GetObject"]), stmt("", "Allow", ["s3:PutObject"])])
}

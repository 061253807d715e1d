package authlint.rules.IAM002

policy(statements) := {"iam": {"policies": [{"name": "p", "type": "identity", "Statement": statements}]}}

stmt(effect, extra) := object.union({"Sid": "S", "Effect": effect, "Action": null, "Resource": ["*"], "NotAction": null, "NotResource": null, "Principal": null, "NotPrincipal": null, "Condition": null}, extra)

test_allow_not_action if {
	f := deny with input as policy([stmt("Allow", {"NotAction": ["iam:*"]})])
	{x.path | some x in f} == {["iam", "policies", 0, "Statement", 0, "NotAction"]}
}

test_allow_not_resource if {
	count(deny) == 1 with input as policy([stmt("Allow", {"Action": ["s3:*"], "Resource": null, "NotResource": ["arn:aws:s3:::secret/*"]})])
}

test_allow_not_principal_is_medium if {
	f := deny with input as policy([stmt("Allow", {"Action": ["sts:AssumeRole"], "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:root"]}})])
	some x in f
	x.severity == "medium"
}

test_deny_not_action_is_the_safe_idiom if {
	count(deny) == 0 with input as policy([stmt("Deny", {"NotAction": ["iam:*", "sts:*"]}), stmt("Allow", {"Action": ["s3:GetObject"]})])
}

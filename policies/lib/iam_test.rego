package authlint.lib.iam_test

import data.authlint.lib.iam

test_action_matching_is_case_insensitive if {
	iam.action_matches("IAM:passrole", "iam:PassRole")
}

test_action_matching_wildcards if {
	iam.action_matches("iam:Put*", "iam:PutRolePolicy")
	iam.action_matches("iam:?ttach*", "iam:AttachRolePolicy")
	iam.action_matches("*", "eks:CreateAccessEntry")
	not iam.action_matches("iam:Put*", "iam:PassRole")
	not iam.action_matches("s3:*", "iam:PassRole")
}

test_action_matching_is_anchored if {
	not iam.action_matches("iam:Pass", "iam:PassRole")
}

test_condition_keys_are_lowercased if {
	iam.condition_keys({"Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}) == {"iam:passedtoservice"}
	iam.condition_keys({"Condition": null}) == set()
}

test_matched_reports_positions if {
	iam.matched({"Action": ["s3:GetObject", "iam:*"]}, iam.index({"iam:PassRole"})) == {[1, "iam:PassRole"]}
}

test_principal_values if {
	iam.principal_values({"AWS": ["*"], "Service": "ec2.amazonaws.com"}) == [["AWS", 0, "*"], ["Service", 0, "ec2.amazonaws.com"]]
}

test_service_wildcards if {
	iam.action_matches("*:PassRole", "iam:PassRole")
	iam.action_matches("i?m:Pass*", "iam:PassRole")
	not iam.action_matches("ec2:*", "iam:PassRole")
}

package authlint.rules.AA002

admin_role := {"rolearn": "arn:aws:iam::111122223333:role/Admin", "username": "admin", "groups": ["devs", "system:masters"]}

test_role_in_system_masters_is_high if {
	f := deny with input as {"awsAuth": {"mapRoles": [admin_role]}}
	count(f) == 1
	some x in f
	x.path == ["awsAuth", "mapRoles", 0, "groups", 1]
	x.severity == "high"
}

test_user_in_system_masters_is_critical if {
	f := deny with input as {"awsAuth": {"mapUsers": [{"userarn": "arn:aws:iam::111122223333:user/alice", "username": "alice", "groups": ["system:masters"]}]}}
	some x in f
	x.severity == "critical"
}

test_break_glass_arn_is_allowed_case_insensitively if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [admin_role]}}
		with data.authlint.params.breakGlassArns as ["arn:aws:iam::111122223333:role/admin"]
}

test_other_groups_are_fine if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Dev", "username": "dev", "groups": ["system-masters-like"]}]}}
}

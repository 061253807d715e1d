package authlint.rules.AA004

test_role_with_path if {
	f := deny with input as {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/team/dev/deployer", "username": "deployer", "groups": []}]}}
	count(f) == 1
	some x in f
	x.path == ["awsAuth", "mapRoles", 0, "rolearn"]
	indexof(x.msg, "Use arn:aws:iam::111122223333:role/deployer") != -1
	indexof(x.msg, "'team/dev'") != -1
}

test_role_without_path_is_fine if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/deployer", "username": "deployer", "groups": []}]}}
}

test_user_path_is_not_this_rule if {
	count(deny) == 0 with input as {"awsAuth": {"mapUsers": [{"userarn": "arn:aws:iam::111122223333:user/team/alice", "username": "alice", "groups": []}]}}
}

package authlint.rules.AA003

test_user_mapping if {
	f := deny with input as {"awsAuth": {"mapUsers": [{"userarn": "arn:aws:iam::111122223333:user/alice", "username": "alice", "groups": ["dev"]}]}}
	{x.path | some x in f} == {["awsAuth", "mapUsers", 0, "userarn"]}
}

test_role_mapping_is_fine if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/dev", "username": "dev:{{SessionName}}", "groups": ["dev"]}], "mapUsers": []}}
}

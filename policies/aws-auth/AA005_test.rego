package authlint.rules.AA005

roles(arn) := {"awsAuth": {"mapRoles": [{"rolearn": arn, "username": "x", "groups": []}]}}

test_assumed_role_arn if {
	f := deny with input as roles("arn:aws:sts::111122223333:assumed-role/dev/alice")
	some x in f
	x.path == ["awsAuth", "mapRoles", 0, "rolearn"]
	indexof(x.msg, "STS session ARN") != -1
}

test_user_arn_under_map_roles if {
	f := deny with input as roles("arn:aws:iam::111122223333:user/alice")
	some x in f
	indexof(x.msg, "is a user ARN") != -1
}

test_role_arn_under_map_users if {
	f := deny with input as {"awsAuth": {"mapUsers": [{"userarn": "arn:aws:iam::111122223333:role/dev", "username": "x"}]}}
	some x in f
	x.path == ["awsAuth", "mapUsers", 0, "userarn"]
	indexof(x.msg, "is a role ARN") != -1
}

test_short_account_and_placeholder if {
	count(deny) == 1 with input as roles("arn:aws:iam::11112222333:role/dev")
	count(deny) == 1 with input as roles("arn:aws:iam::<AWS_ACCOUNT_ID>:role/dev")
}

test_valid_arns_in_other_partitions if {
	count(deny) == 0 with input as roles("arn:aws-cn:iam::111122223333:role/dev")
	count(deny) == 0 with input as roles("arn:aws:iam::111122223333:role/team/dev")
}

test_missing_arn_is_aa001s if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": [{"username": "x"}]}}
}

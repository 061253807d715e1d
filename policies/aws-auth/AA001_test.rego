package authlint.rules.AA001

auth(extra) := {"awsAuth": object.union({"source": "configmap"}, extra)}

test_yaml_error_reported_at_error if {
	f := deny with input as auth({"errors": [{"key": "mapRoles", "message": "mapping values are not allowed here"}]})
	count(f) == 1
	some x in f
	x.path == ["awsAuth", "errors", 0]
	indexof(x.msg, "mapRoles") != -1
}

test_key_that_is_not_a_list if {
	f := deny with input as auth({"mapRoles": {"rolearn": "arn:aws:iam::111122223333:role/a"}})
	{x.path | some x in f} == {["awsAuth", "mapRoles"]}
}

test_null_key_is_empty_not_broken if {
	count(deny) == 0 with input as auth({"mapUsers": null})
}

test_unknown_key_and_missing_arn if {
	f := deny with input as auth({"mapRoles": [{"roleARN": "arn:aws:iam::111122223333:role/a", "username": "a", "groups": []}]})
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "roleARN"], ["awsAuth", "mapRoles", 0]}
}

test_both_rolearn_and_sso if {
	f := deny with input as auth({"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/a", "sso": {"permissionSetName": "Admin", "accountID": "111122223333"}, "username": "a"}]})
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "sso"]}
}

test_sso_alone_is_fine if {
	count(deny) == 0 with input as auth({"mapRoles": [{"sso": {"permissionSetName": "Admin", "accountID": "111122223333"}, "username": "admin:{{SessionName}}", "groups": ["admins"]}]})
}

test_user_without_userarn if {
	f := deny with input as auth({"mapUsers": [{"username": "alice", "groups": []}]})
	{x.path | some x in f} == {["awsAuth", "mapUsers", 0]}
}

test_item_that_is_not_a_mapping if {
	f := deny with input as auth({"mapRoles": ["arn:aws:iam::111122223333:role/a"]})
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0]}
}

test_eksctl_entries_keep_scanner_keys if {
	count(deny) == 0 with input as {"awsAuth": {"source": "eksctl", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/a", "arnKey": "arn", "username": "a", "groups": []}]}}
}

test_valid_configmap if {
	count(deny) == 0 with input as auth({
		"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/node", "username": "system:node:{{EC2PrivateDNSName}}", "groups": ["system:bootstrappers", "system:nodes"]}],
		"mapUsers": [{"userarn": "arn:aws:iam::111122223333:user/alice", "username": "alice", "groups": ["dev"]}],
		"mapAccounts": ["111122223333"],
	})
}

test_data_written_as_structure_not_string if {
	f := deny with input as {"document": {"data": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/a", "username": "a", "groups": []}]}}, "awsAuth": {"source": "configmap", "mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/a", "username": "a", "groups": []}]}}
	{x.path | some x in f} == {["document", "data", "mapRoles"]}
}

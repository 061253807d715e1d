package authlint.rules.AA012

role(username, groups) := {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Dev", "username": username, "groups": groups}]}}

test_typo_in_username if {
	f := deny with input as role("dev:{{SessionNme}}", [])
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "username"]}
}

test_unrendered_placeholder_in_group if {
	f := deny with input as role("dev", ["ok", "{{ .Values.group }}"])
	{x.path | some x in f} == {["awsAuth", "mapRoles", 0, "groups", 1]}
}

test_known_templates_are_fine if {
	count(deny) == 0 with input as role("{{AccountID}}:{{SessionNameRaw}}:{{AccessKeyID}}", ["g-{{AccountID}}"])
}

test_case_matters if {
	count(deny) == 1 with input as role("dev:{{sessionname}}", [])
}

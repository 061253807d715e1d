package authlint.rules.AA013

test_each_account_is_reported if {
	f := deny with input as {"awsAuth": {"mapAccounts": ["111122223333", "444455556666"]}}
	{x.path | some x in f} == {["awsAuth", "mapAccounts", 0], ["awsAuth", "mapAccounts", 1]}
}

test_unquoted_or_short_id_gets_a_low_finding_too if {
	f := deny with input as {"awsAuth": {"mapAccounts": [111122223333, "1234"]}}
	count({x | some x in f; x.severity == "low"}) == 2
	count(f) == 4
}

test_no_map_accounts if {
	count(deny) == 0 with input as {"awsAuth": {"mapRoles": []}}
	count(deny) == 0 with input as {"awsAuth": {"mapAccounts": []}}
}

package rbac_test

import data.rbac

wildcard := {"metadata": {"name": "admin"}, "rules": [{"verbs": ["*"]}]}

test_wildcard_denied if {
	rbac.deny == {"admin"} with input as wildcard
}

test_limits_from_data_file if {
	rbac.too_many with input as {"rules": [1, 2, 3, 4]}
}

test_owner_with_mocked_data if {
	rbac.owner == "team-a" with input as wildcard with data.lib.owners as {"admin": "team-a"}
}

test_function_mock if {
	rbac.label("x") == "mocked" with rbac.label as mock_label
}

mock_label(_) := "mocked"

test_fails_when_false if {
	print("checking", count(rbac.deny))
	count(rbac.deny) == 1
}

test_fails_when_undefined if {
	rbac.owner == "nobody"
}

test_errors_on_conflict := x if {
	some x in [1, 2]
}

todo_test_not_written_yet if {
	false
}

test_table[note] := passed if {
	some note, case in {"admin": wildcard, "viewer": {"metadata": {"name": "viewer"}, "rules": [{"verbs": ["get"]}]}}
	passed := count(rbac.deny) == 1 with input as case
}

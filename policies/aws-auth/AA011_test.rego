package authlint.rules.AA011

role(username, groups) := {"awsAuth": {"mapRoles": [{"rolearn": "arn:aws:iam::111122223333:role/Dev", "username": username, "groups": groups}]}}

test_bare_session_name if {
	f := deny with input as role("{{SessionName}}", ["dev"])
	count(f) == 1
	some x in f
	x.path == ["awsAuth", "mapRoles", 0, "username"]
	not x.severity
	indexof(x.msg, "'Dev:{{SessionName}}'") != -1
}

test_session_name_raw_counts_too if {
	count(deny) == 1 with input as role("{{SessionNameRaw}}", ["dev"])
}

test_node_like_session_name_is_critical if {
	f := deny with input as role("system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes"])
	some x in f
	x.severity == "critical"
}

test_prefixed_session_name_is_fine if {
	count(deny) == 0 with input as role("dev:{{SessionName}}", ["dev"])
}

test_fargate_mapping_is_left_to_aa010 if {
	count(deny) == 0 with input as role("system:node:{{SessionName}}", ["system:bootstrappers", "system:nodes", "system:node-proxier"])
}

package authlint.rules.AA006

cm(file, roles) := {"file": file, "awsAuth": {"source": "configmap", "mapRoles": roles}}

role(arn) := {"rolearn": arn, "username": "dev", "groups": ["dev"]}

test_same_arn_twice_in_one_configmap if {
	f := deny with input as {"documents": [cm("c/aws-auth.yaml", [role("arn:aws:iam::111122223333:role/Dev"), role("arn:aws:iam::111122223333:role/dev")])]}
	count(f) == 1
	some x in f
	x.path == ["documents", 0, "awsAuth", "mapRoles", 1, "rolearn"]
	x.related[0].path == ["documents", 0, "awsAuth", "mapRoles", 0, "rolearn"]
}

test_aws_auth_and_access_entry_in_one_folder if {
	f := deny with input as {"documents": [
		cm("prod/aws-auth.yaml", [role("arn:aws:iam::111122223333:role/Dev")]),
		{"file": "prod/cluster.yaml", "awsAuth": {"source": "eksctl", "accessEntries": [{"principalARN": "arn:aws:iam::111122223333:role/Dev", "kubernetesGroups": ["dev"]}]}},
	]}
	{x.path | some x in f} == {["documents", 1, "awsAuth", "accessEntries", 0, "principalARN"]}
}

test_clusters_in_different_folders_may_share_roles if {
	count(deny) == 0 with input as {"documents": [
		cm("prod/aws-auth.yaml", [role("arn:aws:iam::111122223333:role/Dev")]),
		cm("staging/aws-auth.yaml", [role("arn:aws:iam::111122223333:role/Dev")]),
	]}
}

test_distinct_arns if {
	count(deny) == 0 with input as {"documents": [cm("aws-auth.yaml", [role("arn:aws:iam::111122223333:role/Dev"), role("arn:aws:iam::111122223333:role/Ops")])]}
}

package authlint.lib.awsauth_test

import data.authlint.lib.awsauth

test_entries_skips_non_lists_and_non_objects if {
	auth := {"mapRoles": [{"rolearn": "a"}, "oops"], "mapUsers": "not a list"}
	awsauth.entries(auth) == [{"key": "mapRoles", "index": 0, "entry": {"rolearn": "a"}}]
}

test_arn_label_prefers_what_eksctl_wrote if {
	awsauth.arn_label({"key": "mapRoles", "entry": {"rolearn": "x", "arnKey": "arn"}}) == "arn"
	awsauth.arn_label({"key": "mapUsers", "entry": {"userarn": "x"}}) == "userarn"
}

test_valid_role_arn if {
	awsauth.valid_role_arn("arn:aws:iam::111122223333:role/eks-node")
	awsauth.valid_role_arn("arn:aws-us-gov:iam::111122223333:role/team/dev")
	not awsauth.valid_role_arn("arn:aws:iam::1111:role/eks-node")
	not awsauth.valid_role_arn("arn:aws:sts::111122223333:assumed-role/dev/alice")
	not awsauth.valid_role_arn("arn:aws:iam::111122223333:user/alice")
}

test_role_name_drops_path if {
	awsauth.role_name("arn:aws:iam::111122223333:role/team/dev/deployer") == "deployer"
	awsauth.role_name("arn:aws:iam::111122223333:role/deployer") == "deployer"
}

test_templates if {
	awsauth.templates("admin:{{SessionName}}-{{AccountID}}") == ["{{SessionName}}", "{{AccountID}}"]
	awsauth.templates("alice") == []
}

test_node_and_fargate_entries if {
	awsauth.is_node_entry({"username": "system:node:{{EC2PrivateDNSName}}"})
	awsauth.is_fargate_entry({"username": "system:node:{{SessionName}}", "groups": ["system:bootstrappers", "system:nodes", "system:node-proxier"]})
	not awsauth.is_fargate_entry({"username": "system:node:{{SessionName}}", "groups": ["system:nodes"]})
}

test_canonical_drops_path_and_case if {
	awsauth.canonical("arn:aws:iam::111122223333:role/team/NG-1") == "arn:aws:iam::111122223333:role/ng-1"
	awsauth.canonical("arn:aws:iam::111122223333:role/ng-1") == "arn:aws:iam::111122223333:role/ng-1"
	awsauth.canonical("Not-An-Arn") == "not-an-arn"
}

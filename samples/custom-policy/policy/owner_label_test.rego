package authlint.custom.owner_label_test

import rego.v1

import data.authlint.custom.owner_label

role(labels) := {"rbac": {"kind": "ClusterRole", "name": "ops", "labels": labels}}

test_role_without_owner_is_denied if {
	count(owner_label.deny) == 1 with input as role({})
}

test_role_with_owner_passes if {
	count(owner_label.deny) == 0 with input as role({"owner": "platform"})
}

test_namespaced_role_is_ignored if {
	count(owner_label.deny) == 0 with input as {"rbac": {"kind": "Role", "name": "x", "labels": {}}}
}

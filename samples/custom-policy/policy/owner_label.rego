# METADATA
# title: ClusterRole without an owner label
# description: |
#   Every ClusterRole must say which team owns it (label `owner`), so that access reviews know whom to ask.
# custom:
#   id: ORG001
#   severity: medium
#   input: rbac
#   remediation: Add `metadata.labels.owner` with the owning team's name.
package authlint.custom.owner_label

import rego.v1

deny contains {"msg": msg, "path": ["document", "metadata", "name"]} if {
	input.rbac.kind == "ClusterRole"
	not input.rbac.labels.owner
	msg := sprintf("ClusterRole %q has no owner label: add metadata.labels.owner", [input.rbac.name])
}

# METADATA
# title: aws-auth grants system:masters
# description: |
#   A mapping that puts an IAM role or user in `system:masters` makes it cluster-admin through a
#   group that RBAC cannot restrict, audit by binding, or revoke without editing aws-auth. Only
#   break-glass identities listed in the `breakGlassArns` parameter may have it. Users are
#   critical: long-lived access keys reach full control.
# custom:
#   id: AA002
#   name: aws-auth-system-masters
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Map the identity to a group of your own and bind that group to the least role it needs
#     (`view`, `edit`, a custom Role). Keep `system:masters` for one break-glass role and list its
#     ARN in `breakGlassArns`.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   related:
#     - Kubescape C-0035
#   params:
#     breakGlassArns:
#       default: []
#       description: IAM role or user ARNs allowed in system:masters (case-insensitive).
package authlint.rules.AA002

import data.authlint.lib.awsauth
import data.authlint.lib.params

deny contains finding if {
	some e in awsauth.entries(input.awsAuth)
	some j, group in awsauth.groups(e.entry)
	group == "system:masters"
	arn := object.get(e.entry, awsauth.arn_keys[e.key], "")
	not lower(sprintf("%v", [arn])) in params.lower_set("breakGlassArns")
	msg := sprintf("%s %v is mapped to system:masters, which makes it cluster-admin outside RBAC. Map it to your own group bound to a narrower role, or add it to breakGlassArns if it is the break-glass identity", [e.key, arn])
	finding := {"msg": msg, "path": ["awsAuth", e.key, e.index, "groups", j], "severity": severity_by_key[e.key]}
}

severity_by_key := {"mapRoles": "high", "mapUsers": "critical"}

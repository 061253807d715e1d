# METADATA
# title: Role impersonates other identities
# description: |
#   `impersonate` on `users`, `groups`, `serviceaccounts`, `uids` or `userextras` lets the holder
#   send requests as someone else, for example as a member of `system:masters`.
# custom:
#   id: RB009
#   name: rbac-impersonate
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Remove impersonate, or limit it with resourceNames to the identities a tool really needs.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb
#   related:
#     - Trivy KSV043
#     - Kubescape C-0065
package authlint.rules.RB009

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"users", "groups", "serviceaccounts", "uids", "userextras"})} if {
	some i, rule in input.rbac.rules
	found := rbac.impersonation(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; the holder can act as any user, group or service account, system:masters included. Remove impersonate, or limit it with resourceNames to the identities a tool really needs.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

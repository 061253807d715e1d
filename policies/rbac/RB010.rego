# METADATA
# title: Role mints service account tokens
# description: |
#   create on `serviceaccounts/token` issues tokens for any service account in scope; create on
#   `secrets` can make a `kubernetes.io/service-account-token` secret that the control plane fills
#   with a token. Either way the holder acts as those service accounts.
# custom:
#   id: RB010
#   name: rbac-token-minting
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Remove create on serviceaccounts/token and secrets; use projected tokens for workloads.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request
#     - https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/
#   related:
#     - Trivy KSV041
package authlint.rules.RB010

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"serviceaccounts/token", "secrets"})} if {
	some i, rule in input.rbac.rules
	found := rbac.token_minting(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; it mints credentials for any service account of the namespace. Remove create on serviceaccounts/token and secrets; use projected tokens for workloads.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

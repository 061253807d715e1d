# METADATA
# title: Role approves certificate signing requests
# description: |
#   update or patch on `certificatesigningrequests/approval` together with `approve` on a signer lets
#   the holder approve its own CSR for, say, a `system:masters` client certificate signed by the
#   cluster CA: a credential that outlives any RBAC change. Both halves must be in the same role
#   (in one rule or two) for a finding.
# custom:
#   id: RB011
#   name: rbac-csr-approval
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Leave CSR approval to the controller manager, or restrict `approve` to a dedicated signer name
#     with resourceNames in a role only that controller has.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing
#   related:
#     - Checkov CKV_K8S_156
package authlint.rules.RB011

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"certificatesigningrequests/approval"})} if {
	some i, rule in input.rbac.rules
	found := rbac.csr_approvals(input.rbac, rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s and the role can approve on signers; the holder can approve its own CSR for a client certificate with any identity. Leave approval to the controller manager", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

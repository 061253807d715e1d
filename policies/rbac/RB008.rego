# METADATA
# title: Role can escalate RBAC
# description: |
#   `escalate` on roles or clusterroles lets the holder write roles with permissions it does not
#   have; `bind` on roles or clusterroles lets it bind roles it does not hold; create, update or
#   patch on rolebindings or clusterrolebindings lets it hand out roles. Each is a path to
#   cluster-admin.
# custom:
#   id: RB008
#   name: rbac-escalation
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Keep escalate, bind and role binding writes for cluster administrators.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb
#   related:
#     - Trivy KSV050
#     - Trivy KSV051
#     - Trivy KSV052
#     - Checkov CKV_K8S_157
#     - Checkov CKV_K8S_158
package authlint.rules.RB008

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"roles", "clusterroles", "rolebindings", "clusterrolebindings"})} if {
	some i, rule in input.rbac.rules
	found := rbac.rbac_escalation(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; the holder can grant itself any permission. Keep escalate, bind and role binding writes for cluster administrators.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

# METADATA
# title: Role writes admission webhooks
# description: |
#   create, update or patch on `mutatingwebhookconfigurations` or `validatingwebhookconfigurations`
#   lets the holder route every API request through a server of its choice, read objects in
#   flight (secrets included), rewrite them, or switch off policy enforcement.
# custom:
#   id: RB012
#   name: rbac-webhook-write
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Limit webhook configuration writes to the operator that owns the webhook, with resourceNames.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks
#   related:
#     - Checkov CKV_K8S_155
package authlint.rules.RB012

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"})} if {
	some i, rule in input.rbac.rules
	found := rbac.webhook_writes(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; a webhook sees every object sent to the API server, secrets included, and can rewrite or allow them. Limit webhook configuration writes to the operator that owns the webhook, with resourceNames.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

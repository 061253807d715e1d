# METADATA
# title: Role reaches the kubelet through nodes/proxy
# description: |
#   get or create on `nodes/proxy` reaches the kubelet API through the API server: it can exec into
#   any pod on any node, without admission control and with little audit trail.
# custom:
#   id: RB007
#   name: rbac-node-proxy
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Remove nodes/proxy; monitoring agents can read metrics from nodes/metrics or nodes/stats.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes
#     - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
#   related:
#     - Trivy KSV047
package authlint.rules.RB007

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"nodes/proxy"})} if {
	some i, rule in input.rbac.rules
	found := rbac.node_proxy(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; the kubelet API runs commands in any pod of the node and bypasses admission and audit. Remove nodes/proxy; monitoring agents can read metrics from nodes/metrics or nodes/stats.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

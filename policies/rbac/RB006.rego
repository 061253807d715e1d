# METADATA
# title: Role execs into pods
# description: |
#   `pods/exec`, `pods/attach` and `pods/portforward` (create, or get, which the websocket
#   upgrade uses) and `pods/ephemeralcontainers` (update/patch) give a shell in, or network access
#   to, running containers, with their service account tokens and mounted secrets.
# custom:
#   id: RB006
#   name: rbac-pod-exec
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Remove pods/exec, pods/attach, pods/portforward and pods/ephemeralcontainers from roles people use day to day; grant them to a break-glass role.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalation-risks
#   related:
#     - Trivy KSV053
#     - Trivy KSV054
#     - Kubescape C-0002
#     - Kubescape C-0063
package authlint.rules.RB006

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"pods/exec", "pods/attach", "pods/portforward", "pods/ephemeralcontainers"})} if {
	some i, rule in input.rbac.rules
	found := rbac.pod_access(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; it runs commands in, or reaches the network of, running containers with their credentials. Remove pods/exec, pods/attach, pods/portforward and pods/ephemeralcontainers from roles people use day to day; grant them to a break-glass role.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

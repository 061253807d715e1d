# METADATA
# title: Role reads secrets
# description: |
#   get, list or watch on `secrets` (directly or through `*`) reads credentials: service account
#   tokens, registry passwords, TLS keys. A `get` restricted by `resourceNames` reads only the named
#   secrets and passes; `list` and `watch` return every secret of the namespace whatever
#   `resourceNames` says, so they never pass.
# custom:
#   id: RB004
#   name: rbac-secret-read
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Grant get on the named secrets the workload needs (resourceNames), never list or watch.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
#     - https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets
#   related:
#     - Trivy KSV041
#     - kube-linter access-to-secrets
#     - Kubescape C-0015
package authlint.rules.RB004

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, {"secrets"})} if {
	some i, rule in input.rbac.rules
	found := rbac.secret_reads(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; secrets hold service account tokens, passwords and keys, and whoever reads them acts with them. Grant get on the named secrets the workload needs (resourceNames), never list or watch.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

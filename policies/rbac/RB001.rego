# METADATA
# title: Wildcard in an RBAC rule
# description: |
#   A `*` in `verbs`, `resources` or `apiGroups` grants everything of that kind, including verbs,
#   resources and API groups added later by upgrades and CRDs (`escalate`, `impersonate`, new
#   subresources). Every rule of the role is checked, not only the first.
# custom:
#   id: RB001
#   name: rbac-wildcard
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     List the verbs, resources and API groups the workload needs. `kubectl auth can-i --list --as`
#     or audit logs show what it actually uses.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
#   related:
#     - Trivy KSV044
#     - Trivy KSV045
#     - Trivy KSV046
#     - Checkov CKV_K8S_49
#     - kube-linter wildcard-in-rules
package authlint.rules.RB001

fields := ["verbs", "resources", "apiGroups"]

deny contains {"msg": msg, "path": ["rbac", "rules", i, first[0], first[1]]} if {
	some i, rule in input.rbac.rules
	wildcards := [[field, j] |
		some field in fields
		some j, value in object.get(rule, field, [])
		value == "*"
	]
	count(wildcards) > 0
	first := wildcards[0]
	msg := sprintf("%s %s rule %d uses '*' in %s; it grants everything of that kind, including what future versions and CRDs add. List what is needed instead", [input.rbac.kind, input.rbac.name, i, concat(" and ", {w[0] | some w in wildcards})])
}

# METADATA
# title: Dangerous permissions aggregated into admin, edit or view
# description: |
#   A ClusterRole labelled `rbac.authorization.k8s.io/aggregate-to-admin`, `-edit` or `-view` adds
#   its rules to those built-in roles, so to everyone bound to them, usually without review. Into
#   `view` (meant to be read-only and bound widely) any RB004–RB013 permission or any write verb is
#   reported. Into `admin`/`edit`, only the permissions those roles do not already hold by design are
#   reported: nodes/proxy (RB007), RBAC escalation (RB008), impersonation (RB009), CSR approval
#   (RB011) and webhook writes (RB012).
# custom:
#   id: RB017
#   name: rbac-dangerous-aggregation
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Remove the aggregation label, or move the dangerous rules into a separate ClusterRole that is
#     bound explicitly.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
package authlint.rules.RB017

import data.authlint.lib.rbac

label_prefix := "rbac.authorization.k8s.io/aggregate-to-"

beyond_admin_edit := {"RB007", "RB008", "RB009", "RB011", "RB012"}

targets contains target if {
	input.rbac.kind == "ClusterRole"
	some key, value in object.get(input.rbac, "labels", {})
	startswith(key, label_prefix)
	lower(sprintf("%v", [value])) == "true"
	target := substring(key, count(label_prefix), -1)
	target in {"admin", "edit", "view"}
}

deny contains {"msg": msg, "path": ["rbac", "rules", i]} if {
	some target in targets
	some risk in rbac.risky(input.rbac)
	reported(target, risk[0])
	i := risk[1]
	msg := sprintf("%s is aggregated into %s and its rule %d grants %s (%s); everyone bound to %s gets it. Remove the label or move the rule to a role bound explicitly", [rbac.describe(input.rbac), target, i, risk[2], risk[0], target])
}

deny contains {"msg": msg, "path": ["rbac", "rules", i, "verbs", j]} if {
	"view" in targets
	some i, rule in input.rbac.rules
	not i in {r[1] | some r in rbac.risky(input.rbac)} # already reported with its risk
	some j, verb in rule.verbs
	not verb in rbac.read_verbs
	msg := sprintf("%s is aggregated into view but rule %d grants '%s'; view must stay read-only. Remove the verb or the aggregate-to-view label", [rbac.describe(input.rbac), i, verb])
}

reported(target, _) if target == "view"

reported(target, id) if {
	target in {"admin", "edit"}
	id in beyond_admin_edit
}

# METADATA
# title: resourceNames that cannot restrict the verb
# description: |
#   `resourceNames` limits requests that name one object. create (the name is not known when the
#   request is authorized), list, watch and deletecollection (they address the whole collection) are
#   not limited the way the author expects: create is never allowed by such a rule, while list and
#   watch of the whole collection are the usual surprise. The rule reads as narrower than it is.
# custom:
#   id: RB015
#   name: rbac-resource-names-verb
#   severity: medium
#   input: rbac
#   scope: document
#   remediation: |
#     Move create, list, watch and deletecollection to a separate rule without resourceNames, and
#     decide whether the role needs them at all.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
package authlint.rules.RB015

import data.authlint.lib.rbac

unrestrictable := {"create", "list", "watch", "deletecollection", "*"}

deny contains {"msg": msg, "path": ["rbac", "rules", i, "verbs", j]} if {
	some i, rule in input.rbac.rules
	not rbac.unrestricted(rule)
	some j, verb in rule.verbs
	verb in unrestrictable
	msg := sprintf("%s rule %d limits '%s' with resourceNames %v, which names cannot restrict; move it to its own rule or drop it", [rbac.describe(input.rbac), i, verb, rule.resourceNames])
}

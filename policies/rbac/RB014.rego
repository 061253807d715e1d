# METADATA
# title: Read-only role that writes
# description: |
#   A role whose name says it only reads (matches the `readOnlyNamePattern` parameter: `view`,
#   `viewer`, `read`, `reader`, `readonly`, `read-only`, `ro` as a word) is bound without much review,
#   because it looks harmless. If any rule grants a verb other than get, list or watch, the name lies.
# custom:
#   id: RB014
#   name: rbac-read-only-writes
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Remove the write verbs, or split them into a role whose name says what it does.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   params:
#     readOnlyNamePattern:
#       default: '(?i)(^|[-_:.])(view|viewer|read|reader|readonly|read-only|ro)($|[-_:.])'
#       description: RE2 pattern for names of roles that must only read.
package authlint.rules.RB014

import data.authlint.lib.params
import data.authlint.lib.rbac

default_pattern := `(?i)(^|[-_:.])(view|viewer|read|reader|readonly|read-only|ro)($|[-_:.])`

deny contains {"msg": msg, "path": ["rbac", "rules", i, "verbs", j]} if {
	input.rbac.kind in rbac.role_kinds
	regex.match(params.get("readOnlyNamePattern", default_pattern), input.rbac.name)
	some i, rule in input.rbac.rules
	some j, verb in rule.verbs
	not verb in rbac.read_verbs
	msg := sprintf("%s looks read-only by its name but rule %d grants '%s' on %s; remove the verb or rename the role", [rbac.describe(input.rbac), i, verb, concat(", ", object.get(rule, "resources", []))])
}

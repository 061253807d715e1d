# METADATA
# title: Allow with NotAction, NotResource or NotPrincipal
# description: |
#   An Allow statement with `NotAction` or `NotResource` allows everything except what it lists,
#   including every action and resource AWS adds later. `NotPrincipal` with Allow (medium) trusts
#   everyone but the listed principals.
# custom:
#   id: IAM002
#   name: iam-allow-not
#   severity: high
#   input: iam
#   scope: document
#   remediation: |
#     Rewrite the statement as an Allow of the actions, resources or principals meant; use NotAction
#     only with Deny.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
package authlint.rules.IAM002

import data.authlint.lib.iam

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), [field])} if {
	some x in iam.statements(input.iam)
	x.statement.Effect == "Allow"
	some field in ["NotAction", "NotResource"]
	x.statement[field] != null
	msg := sprintf("%s is an Allow with %s: it allows everything except what it lists, including what AWS adds later. List what is allowed in %s instead", [iam.label(input.iam, x), field, trim_prefix(field, "Not")])
}

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["NotPrincipal"]), "severity": "medium"} if {
	some x in iam.statements(input.iam)
	x.statement.Effect == "Allow"
	x.statement.NotPrincipal != null
	msg := sprintf("%s is an Allow with NotPrincipal: it trusts every principal except those listed. Name the trusted principals in Principal instead", [iam.label(input.iam, x)])
}

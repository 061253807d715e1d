# METADATA
# title: IAM policy grammar
# description: |
#   Mistakes IAM either rejects or silently reads differently: a missing `Version` or the 2008 one
#   (policy variables such as `${aws:username}` are then literal text), a `Sid` used twice in one
#   policy, an `Effect` other than `Allow`/`Deny`, or an action without a `service:` prefix.
# custom:
#   id: IAM008
#   name: iam-policy-grammar
#   severity: low
#   input: iam
#   scope: document
#   remediation: |
#     Start every policy with `"Version": "2012-10-17"`, give statements unique Sids, write Effect as
#     `Allow` or `Deny` and actions as `service:Action`.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
#   related:
#     - Parliament MALFORMED
#     - Parliament UNKNOWN_ACTION
package authlint.rules.IAM008

import data.authlint.lib.iam

deny contains {"msg": msg, "path": ["iam", "policies", p, "Version"]} if {
	some p, policy in input.iam.policies
	not current_version(object.get(policy, "Version", null))
	msg := sprintf("policy %s %s; without \"2012-10-17\" policy variables are literal text and newer features are rejected. Set \"Version\": \"2012-10-17\"", [iam.policy_label(policy, p), version_text(object.get(policy, "Version", null))])
}

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Sid"])} if {
	some x in iam.statements(input.iam)
	sid := x.statement.Sid
	is_string(sid)
	sid != "" # an empty Sid is the same as none
	some y in iam.statements(input.iam)
	y.policy == x.policy
	y.index < x.index
	y.statement.Sid == sid
	msg := sprintf("%s repeats Sid '%s'; Sids must be unique within a policy. Rename one", [iam.label(input.iam, x), sid])
}

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Effect"])} if {
	some x in iam.statements(input.iam)
	not object.get(x.statement, "Effect", null) in {"Allow", "Deny"}
	msg := sprintf("%s has Effect %v; IAM accepts only \"Allow\" or \"Deny\" (case-sensitive)", [iam.label(input.iam, x), object.get(x.statement, "Effect", "missing")])
}

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), [field, k])} if {
	some x in iam.statements(input.iam)
	some field in ["Action", "NotAction"]
	list := x.statement[field]
	is_array(list)
	some k, action in list
	not well_formed_action(action)
	msg := sprintf("%s has %s '%v' without a service prefix; write it as 'service:Action' (e.g. 's3:GetObject')", [iam.label(input.iam, x), field, action])
}

version_text(v) := "has no Version" if v == null

else := sprintf("has Version %v", [v])

# A YAML 1.1 reader may turn an unquoted 2012-10-17 into a timestamp; its text still starts with it.
current_version(v) if {
	is_string(v)
	startswith(v, "2012-10-17")
}

well_formed_action(action) if action == "*"

well_formed_action(action) if {
	is_string(action)
	regex.match(`^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$`, action)
}

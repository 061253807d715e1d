# METADATA
# title: IAM policy matching
# description: |
#   Helpers over the `iam` section: statements with their positions, IAM action matching
#   (case-insensitive, `*` and `?` wildcards) and condition keys. Statement fields are already
#   normalised by the scanner: Action, NotAction, Resource and NotResource are arrays or null.
package authlint.lib.iam

# statements lists every statement of every policy as {"policy", "index", "statement", "type"}.
statements(iam) := [{"policy": p, "index": s, "statement": st, "type": object.get(pol, "type", "identity")} |
	some p, pol in iam.policies
	some s, st in object.get(pol, "Statement", [])
	is_object(st)
]

# identity_allows lists the Allow statements of identity (not trust) policies.
identity_allows(iam) := [x |
	some x in statements(iam)
	x.type == "identity"
	x.statement.Effect == "Allow"
]

statement_path(x) := ["iam", "policies", x.policy, "Statement", x.index]

# action_matches holds when an IAM action pattern (with * and ?) covers action, ignoring case.
action_matches(pattern, action) if {
	is_string(pattern)
	regex.match(`^[A-Za-z0-9:*?_.-]*$`, pattern)
	regex.match(wildcard_regex(pattern), lower(action))
}

wildcard_regex(pattern) := concat("", ["^", replace(replace(replace(lower(pattern), ".", `\.`), "*", ".*"), "?", "."), "$"])

# actions_of is the statement's Action list ([] for NotAction statements).
actions_of(st) := a if {
	a := st.Action
	is_array(a)
} else := []

resources_of(st) := r if {
	r := st.Resource
	is_array(r)
} else := []

# matched lists [index in Action, action] for every wanted action the statement's Action covers.
matched(st, wanted) := {[k, a] |
	some k, pattern in actions_of(st)
	some a in wanted
	action_matches(pattern, a)
}

# on_any_resource holds when the statement applies to every resource.
on_any_resource(st) if "*" in resources_of(st)

# star_action_index is the position of a bare "*" (or "*:*") action, which IAM001 reports.
is_star_action(pattern) if pattern in {"*", "*:*"}

# condition_keys are the lower-cased condition keys under every operator.
condition_keys(st) := {lower(k) |
	cond := st.Condition
	is_object(cond)
	some block in cond
	is_object(block)
	some k, _ in block
}

has_condition(st) if count(condition_keys(st)) > 0

# principal_values lists [type, index, value] of a Principal object.
principal_values(principal) := [[t, i, v] |
	is_object(principal)
	some t, values in principal
	some i, v in as_array(values)
]

as_array(x) := x if is_array(x)

else := [x]

# label names a statement in messages: "policy 'eks-admin' statement 'All'" (numbers when unnamed).
label(section, x) := sprintf("policy %s statement %s", [policy_label(section.policies[x.policy], x.policy), statement_label(x)])

policy_label(policy, index) := sprintf("'%s'", [policy.name]) if is_string(policy.name)

else := sprintf("#%d", [index])

statement_label(x) := sprintf("'%s'", [x.statement.Sid]) if is_string(x.statement.Sid)

else := sprintf("#%d", [x.index])

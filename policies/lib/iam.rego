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

# index groups actions by lower-cased service prefix, so that a pattern is compared only with the
# actions of its own service: managed policies list thousands of actions, and almost none share
# the service of the actions a rule looks for. Rules build their index once, as a constant.
index(actions) := {service: {a | some a in actions; service_of(a) == service} |
	some action in actions
	service := service_of(action)
}

service_of(action) := lower(split(action, ":")[0])

# matching is the set of indexed actions that an IAM action pattern (with * and ?) covers,
# ignoring case.
matching(pattern, idx) := {a |
	is_string(pattern)
	p := lower(pattern)
	some a in candidates(p, idx)
	wildcard_match(p, lower(a))
}

candidates(p, idx) := object.get(idx, split(p, ":")[0], set()) if not wild(split(p, ":")[0])

else := {a | some actions in idx; some a in actions}

wild(s) if indexof(s, "*") != -1

wild(s) if indexof(s, "?") != -1

wildcard_match(p, a) if p == a

wildcard_match(p, a) if {
	wild(p)
	regex.match(`^[a-z0-9:*?_.-]*$`, p)
	regex.match(wildcard_regex(p), a)
}

wildcard_regex(p) := concat("", ["^", replace(replace(replace(p, ".", `\.`), "*", ".*"), "?", "."), "$"])

# action_matches holds when the pattern covers one action.
action_matches(pattern, action) if action in matching(pattern, index({action}))

# actions_of is the statement's Action list ([] for NotAction statements).
actions_of(st) := a if {
	a := st.Action
	is_array(a)
} else := []

resources_of(st) := r if {
	r := st.Resource
	is_array(r)
} else := []

# matched lists [index in Action, action] for every indexed action the statement's Action covers.
matched(st, idx) := {[k, a] |
	some k, pattern in actions_of(st)
	some a in matching(pattern, idx)
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

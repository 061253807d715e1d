# METADATA
# title: IAM principal is effectively cluster-admin
# description: |
#   Follows the chain IAM principal → aws-auth/eksctl mapping or access entry → group or username →
#   ClusterRoleBinding → role, and reports every principal that ends up with full control of the
#   cluster: through `system:masters`, a ClusterRoleBinding to `cluster-admin` or to a ClusterRole
#   with a `*`/`*`/`*` rule, or an access entry with `AmazonEKSClusterAdminPolicy` on the cluster.
#   Principals in `breakGlassArns` are expected to be admins. Each link of the chain is shown with
#   its file and line.
# custom:
#   id: X001
#   name: chain-cluster-admin
#   severity: critical
#   input: cross
#   scope: repository
#   remediation: |
#     Bind the principal's group to a role with only the permissions it needs; keep full control for a
#     break-glass role listed in `breakGlassArns`.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html
#   related:
#     - Kubescape C-0035
#     - rbac-tool who-can
#   params:
#     breakGlassArns:
#       default: []
#       description: IAM role or user ARNs allowed to be cluster-admin (case-insensitive).
package authlint.rules.X001

import data.authlint.lib.params
import data.authlint.lib.rbac
import data.authlint.lib.repo

deny contains {"msg": msg, "path": m.arnPath, "related": routes[0].links} if {
	some m in repo.mappings
	is_string(m.arn)
	not lower(m.arn) in params.lower_set("breakGlassArns")
	routes := admin_routes(m)
	count(routes) > 0
	msg := sprintf("%s %s is effectively cluster-admin %s%s. Bind it to a narrower role, or list it in breakGlassArns if it is the break-glass identity", [m.label, m.arn, routes[0].how, more(routes)])
}

more(routes) := "" if count(routes) == 1

else := " (and by one more route)" if count(routes) == 2

else := sprintf(" (and by %d more routes)", [count(routes) - 1])

admin_routes(m) := array.concat(array.concat(masters_routes(m), binding_routes(m)), access_policy_routes(m))

masters_routes(m) := [{"how": "through group system:masters", "links": [{"path": repo.group_path(m, "system:masters"), "msg": sprintf("%s is mapped to group system:masters", [m.arn])}]} |
	"system:masters" in m.groups
]

# ClusterRoleBindings to cluster-admin, or to a repository ClusterRole with a */*/* rule.
binding_routes(m) := [route |
	some x in repo.bindings_of(m)
	b := x[0]
	repo.cluster_wide(b)
	some link in admin_role_links(b)
	route := {
		"how": sprintf("through %s", [repo.describe_binding(b)]),
		"links": array.concat([repo.identity_link(m, x[2]), repo.subject_link(b, x[1], x[2])], link),
	}
]

admin_role_links(b) := [[]] if {
	b.rbac.roleRef.kind == "ClusterRole"
	b.rbac.roleRef.name == "cluster-admin"
} else := [[{"path": repo.role_rule_path(r, i), "msg": sprintf("%s rule %d grants every verb on every resource", [rbac.describe(r.rbac), i])}] |
	some r in repo.roles_of(b)
	some i, rule in r.rbac.rules
	rbac.full_wildcard(rule)
]

access_policy_routes(m) := [route |
	m.kind == "accessEntries"
	some k, p in object.get(m.entry, "accessPolicies", [])
	endswith(sprintf("%v", [p.policyARN]), ":cluster-access-policy/AmazonEKSClusterAdminPolicy")
	object.get(object.get(p, "accessScope", {}), "type", "cluster") == "cluster"
	route := {"how": "through access policy AmazonEKSClusterAdminPolicy", "links": [{"path": array.concat(m.path, ["accessPolicies", k, "policyARN"]), "msg": "access entry associates AmazonEKSClusterAdminPolicy with cluster scope"}]}
]

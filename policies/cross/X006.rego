# METADATA
# title: IAM principal can rewrite aws-auth
# description: |
#   Follows IAM principal → mapping → group or username → binding → role and reports principals that
#   can write the `aws-auth` ConfigMap in `kube-system` (the RB013 permission, or the built-in `edit`
#   and `admin` roles bound cluster-wide or in kube-system). Such a principal can map its own IAM role
#   to `system:masters` and become cluster-admin. Principals that already are cluster-admin are X001.
# custom:
#   id: X006
#   name: chain-aws-auth-write
#   severity: critical
#   input: cross
#   scope: repository
#   remediation: |
#     Remove ConfigMap write access in kube-system from the principal's groups (restrict it with
#     resourceNames to other ConfigMaps), or move to EKS access entries, which RBAC cannot change.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html
#   related:
#     - Trivy KSV049
package authlint.rules.X006

import data.authlint.lib.rbac
import data.authlint.lib.repo

deny contains {"msg": msg, "path": m.arnPath, "related": grants[0].links} if {
	some m in repo.mappings
	not "system:masters" in m.groups
	grants := [g |
		some x in repo.bindings_of(m)
		repo.in_kube_system(x[0])
		x[0].rbac.roleRef.name != "cluster-admin"
		some grant in aws_auth_grants(x[0])
		g := {"what": grant.what, "links": array.concat([repo.identity_link(m, x[2]), repo.subject_link(x[0], x[1], x[2])], grant.links)}
	]
	count(grants) > 0
	msg := sprintf("%v can rewrite the aws-auth ConfigMap (%s) and so map itself to system:masters. Remove ConfigMap writes in kube-system from its groups or move to access entries", [m.arn, grants[0].what])
}

aws_auth_grants(b) := [{"what": sprintf("built-in ClusterRole %s through %s", [b.rbac.roleRef.name, repo.describe_binding(b)]), "links": []}] if {
	b.rbac.roleRef.kind == "ClusterRole"
	b.rbac.roleRef.name in {"edit", "admin"}
} else := [grant |
	some r in repo.roles_of(b)
	some i, rule in r.rbac.rules
	found := rbac.configmap_writes(rule)
	count(found) > 0
	grant := {
		"what": sprintf("%s rule %d grants %s", [rbac.describe(r.rbac), i, rbac.listing(found)]),
		"links": [{"path": repo.role_rule_path(r, i), "msg": sprintf("%s rule %d grants %s", [rbac.describe(r.rbac), i, rbac.listing(found)])}],
	}
]

# METADATA
# title: aws-auth group that no binding uses
# description: |
#   A group given to an IAM identity in aws-auth, eksctl or an access entry that no RoleBinding or
#   ClusterRoleBinding in the repository names. Usually a typo in the group or the binding (so the
#   identity has less access than intended), or a leftover. Groups under the reserved `system:` and
#   `eks:` prefixes are bound by Kubernetes and EKS. The rule runs only when the repository has
#   bindings.
# custom:
#   id: X002
#   name: chain-unused-group
#   severity: low
#   input: cross
#   scope: repository
#   remediation: |
#     Fix the group name on one side, or remove the unused group from the mapping.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects
package authlint.rules.X002

import data.authlint.lib.repo

bound_groups := {s.name |
	some b in repo.bindings
	some s in object.get(b.rbac, "subjects", [])
	s.kind == "Group"
}

deny contains {"msg": msg, "path": repo.group_path(m, g)} if {
	count(repo.bindings) > 0
	some m in repo.mappings
	some g in m.groups
	not startswith(g, "system:")
	not startswith(g, "eks:")
	not g in bound_groups
	msg := sprintf("%v is mapped to group '%s', but no binding in the repository names that group; check the spelling on both sides or remove it", [m.arn, g])
}

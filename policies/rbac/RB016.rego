# METADATA
# title: Binding to a role that does not exist
# description: |
#   A RoleBinding or ClusterRoleBinding refers to a Role or ClusterRole that is neither in the
#   repository nor one of the roles Kubernetes and EKS create (`cluster-admin`, `admin`, `edit`,
#   `view`, `system:*`, `eks:*`). Kubernetes accepts the binding and grants nothing until a role of
#   that name appears, at which point whoever created it decides what the subjects may do.
# custom:
#   id: RB016
#   name: rbac-dangling-binding
#   severity: medium
#   input: rbac
#   scope: repository
#   remediation: |
#     Fix the role name (typos are the usual cause), add the role to the repository, or remove the
#     binding.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding
package authlint.rules.RB016

import data.authlint.lib.repo

deny contains {"msg": msg, "path": repo.role_ref_path(b)} if {
	some b in repo.bindings
	ref := b.rbac.roleRef
	is_string(ref.name)
	not repo.builtin_role(ref)
	count(repo.roles_of(b)) == 0
	msg := sprintf("%s refers to %s %s, which is neither in the repository nor built into Kubernetes/EKS; it grants nothing until someone creates that role. Fix the name or add the role", [repo.describe_binding(b), ref.kind, ref.name])
}

# METADATA
# title: Binding to cluster-admin, admin or edit
# description: |
#   `cluster-admin` is every permission on every resource. `admin` and `edit` are broad too: they
#   read secrets, exec into pods and change workloads in their namespace (or everywhere, through a
#   ClusterRoleBinding). Bindings to them deserve a narrower role.
# custom:
#   id: RB002
#   name: rbac-admin-binding
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Bind a role that lists only what the subjects need. Keep cluster-admin for a break-glass group.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
#     - https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
#   related:
#     - kube-linter cluster-admin-role-binding
#     - Kubescape C-0035
#     - Trivy KSV111
package authlint.rules.RB002

broad := {"cluster-admin": "high", "admin": "medium", "edit": "medium"}

deny contains {"msg": msg, "path": ["rbac", "roleRef", "name"], "severity": severity} if {
	input.rbac.kind in {"RoleBinding", "ClusterRoleBinding"}
	ref := input.rbac.roleRef
	ref.kind == "ClusterRole"
	severity := broad[ref.name]
	msg := sprintf("%s %s binds the built-in ClusterRole %s%s; bind a role with only the permissions its subjects need", [input.rbac.kind, input.rbac.name, ref.name, scope_note])
}

scope_note := " across the whole cluster" if input.rbac.kind == "ClusterRoleBinding"

else := sprintf(" in namespace %v", [input.rbac.namespace])

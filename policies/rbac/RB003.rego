# METADATA
# title: Binding to a system-wide group
# description: |
#   Binding a role to `system:masters` adds to a group that already bypasses RBAC;
#   `system:authenticated` is every identity the cluster accepts (on EKS: any IAM principal mapped in
#   aws-auth or with an access entry, and every service account); `system:unauthenticated` and
#   `system:anonymous` are anyone who can reach the API endpoint. The defaults every cluster has are
#   not reported: these groups bound to `system:discovery`, `system:basic-user`,
#   `system:public-info-viewer` or EKS's `eks:podsecuritypolicy:privileged`, and the
#   `cluster-admin` ClusterRoleBinding of `system:masters`.
# custom:
#   id: RB003
#   name: rbac-system-group-binding
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Bind a group of your own that only the intended identities are mapped to.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings
#     - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
package authlint.rules.RB003

risky_subjects := {
	["Group", "system:masters"],
	["Group", "system:authenticated"],
	["Group", "system:unauthenticated"],
	["User", "system:anonymous"],
}

# The defaults of every cluster (bootstrap policy): discovery and self-review only, and the
# pod security policy EKS clusters before 1.25 bind to every authenticated identity.
default_roles := {"system:discovery", "system:basic-user", "system:public-info-viewer", "eks:podsecuritypolicy:privileged"}

deny contains {"msg": msg, "path": ["rbac", "subjects", j, "name"]} if {
	input.rbac.kind in {"RoleBinding", "ClusterRoleBinding"}
	not input.rbac.roleRef.name in default_roles
	not bootstrap_cluster_admin
	some j, subject in input.rbac.subjects
	[subject.kind, subject.name] in risky_subjects
	msg := sprintf("%s %s gives %s %s to %s %s, which %s. Bind a group of your own instead", [input.rbac.kind, input.rbac.name, input.rbac.roleRef.kind, input.rbac.roleRef.name, subject.kind, subject.name, who[subject.name]])
}

# Kubernetes itself binds cluster-admin to system:masters as ClusterRoleBinding cluster-admin.
bootstrap_cluster_admin if {
	input.rbac.kind == "ClusterRoleBinding"
	input.rbac.name == "cluster-admin"
	input.rbac.roleRef.name == "cluster-admin"
	[s.name | some s in input.rbac.subjects] == ["system:masters"]
}

who := {
	"system:masters": "already bypasses RBAC",
	"system:authenticated": "is every identity the cluster accepts",
	"system:unauthenticated": "is anyone who can reach the API server",
	"system:anonymous": "is anyone who can reach the API server",
}

# METADATA
# title: IAM policy can change who may use the cluster
# description: |
#   `eks:CreateAccessEntry`, `eks:UpdateAccessEntry` and `eks:AssociateAccessPolicy` create Kubernetes
#   identities and attach cluster policies such as `AmazonEKSClusterAdminPolicy`;
#   `eks:UpdateClusterConfig` switches the authentication mode. Allowed on `*` or on a cluster, they
#   let the principal make itself (or anyone) cluster-admin without touching RBAC. `eks:*` and other
#   wildcards count; a bare `*` is IAM001.
# custom:
#   id: IAM005
#   name: iam-eks-access-escalation
#   severity: critical
#   input: iam
#   scope: document
#   remediation: |
#     Keep access-entry management with the cluster administrators' role; scope other principals to
#     read-only EKS actions (`eks:Describe*`, `eks:List*`).
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html
#     - https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelastickubernetesservice.html
#   related:
#     - Cloudsplaining PrivilegeEscalation
package authlint.rules.IAM005

import data.authlint.lib.iam

access_actions := {
	"eks:CreateAccessEntry",
	"eks:UpdateAccessEntry",
	"eks:AssociateAccessPolicy",
	"eks:UpdateClusterConfig",
}

access_index := iam.index(access_actions)

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	reaches_clusters(x.statement)
	some k, pattern in iam.actions_of(x.statement)
	not iam.is_star_action(pattern)
	found := iam.matching(pattern, access_index)
	count(found) > 0
	msg := sprintf("%s allows '%s' (%s); the principal can give itself cluster-admin through EKS access entries. Keep access management with the cluster administrators' role", [iam.label(input.iam, x), pattern, concat(", ", sort(found))])
}

reaches_clusters(st) if iam.on_any_resource(st)

reaches_clusters(st) if {
	some r in iam.resources_of(st)
	is_string(r)
	regex.match(`^arn:[^:]*:eks:[^:]*:[^:]*:(cluster|access-entry)/`, r)
}

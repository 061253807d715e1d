# METADATA
# title: Role can rewrite aws-auth
# description: |
#   On EKS the `aws-auth` ConfigMap in `kube-system` decides which IAM identity is which Kubernetes
#   user and group. Whoever can write it can map their own IAM role to `system:masters`. This covers
#   write verbs on `configmaps` in a ClusterRole or a Role in `kube-system`, without `resourceNames`
#   or with `aws-auth` among them (create cannot be limited by name; a rule naming other ConfigMaps
#   does not reach aws-auth). A rule that can only create ConfigMaps (leader election, status
#   ConfigMaps) is medium: it can create aws-auth where none exists, not rewrite an existing one.
# custom:
#   id: RB013
#   name: rbac-aws-auth-write
#   severity: critical
#   input: rbac
#   scope: document
#   remediation: |
#     Restrict ConfigMap writes with resourceNames to the ConfigMaps the workload owns, or move
#     identity mappings to EKS access entries, which are governed by IAM instead of RBAC.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html
#   related:
#     - Trivy KSV049
package authlint.rules.RB013

import data.authlint.lib.rbac

deny contains finding if {
	some i, rule in input.rbac.rules
	found := rbac.aws_auth_writes(input.rbac, rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s%s, which reaches the aws-auth ConfigMap in kube-system; the holder can map its own IAM role to system:masters. Restrict it with resourceNames to other ConfigMaps or move to EKS access entries", [rbac.describe(input.rbac), i, rbac.listing(found), names_note(rule)])
	finding := object.union({"msg": msg, "path": rbac.resource_path(i, rule, {"configmaps"})}, create_only(found))
}

# create alone cannot change an existing aws-auth, only create one where none exists yet (clusters
# that got no node group, or use access entries only): still a way in, at medium.
create_only(found) := {"severity": "medium"} if found == {"create configmaps"}

else := {}

names_note(rule) := "" if rbac.unrestricted(rule)

else := " on aws-auth"

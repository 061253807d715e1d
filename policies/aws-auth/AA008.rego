# METADATA
# title: Node role not mapped
# description: |
#   A node role declared in the repository (an eksctl node group's `instanceRoleARN`, or an ARN in
#   the `nodeRoleArns` parameter) has no mapping in the aws-auth ConfigMap the repository manages,
#   nor an access entry. Applying this aws-auth replaces the cluster's copy, including the entry
#   eksctl or EKS added for the node group, and every node of that group drops out of the cluster.
#   The rule runs only when the repository contains an aws-auth ConfigMap.
# custom:
#   id: AA008
#   name: aws-auth-node-role-unmapped
#   severity: critical
#   input: cross
#   scope: repository
#   remediation: |
#     Add a mapRoles entry `rolearn: <node role ARN>`, `username: system:node:{{EC2PrivateDNSName}}`,
#     `groups: [system:bootstrappers, system:nodes]`, or an access entry of type EC2_LINUX/EC2_WINDOWS.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html
#   params:
#     nodeRoleArns:
#       default: []
#       description: Node instance role ARNs that must be mapped, besides those eksctl files declare.
package authlint.rules.AA008

import data.authlint.lib.params
import data.authlint.lib.repo

deny contains {"msg": message(ng.arn), "path": ng.path} if {
	repo.has_configmap
	some ng in repo.node_groups
	not repo.mapped(ng.arn)
}

deny contains {"msg": message(arn), "path": ["documents", repo.configmap_docs[0], "awsAuth", "mapRoles"]} if {
	repo.has_configmap
	some arn in params.get("nodeRoleArns", [])
	is_string(arn)
	not repo.mapped(arn)
}

message(arn) := sprintf("node role %s is not mapped in the repository's aws-auth; applying it removes the nodes' access and they leave the cluster. Add it to mapRoles with username system:node:{{EC2PrivateDNSName}} and groups system:bootstrappers, system:nodes", [arn])

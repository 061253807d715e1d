# METADATA
# title: Fargate pod execution role mapped wrongly
# description: |
#   Fargate pods register as nodes with the pod execution role. Its mapping must be exactly
#   `username: system:node:{{SessionName}}` with `system:bootstrappers`, `system:nodes` and
#   `system:node-proxier`; anything else keeps Fargate pods from starting or hands the role extra
#   rights. Fargate roles are those of eksctl `fargateProfiles`, the `fargateRoleArns` parameter,
#   and mappings that carry `system:node-proxier` with the Fargate username.
# custom:
#   id: AA010
#   name: aws-auth-fargate-mapping
#   severity: high
#   input: cross
#   scope: repository
#   remediation: |
#     Map the pod execution role with `username: system:node:{{SessionName}}` and
#     `groups: [system:bootstrappers, system:nodes, system:node-proxier]`, and nothing more.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html
#   params:
#     fargateRoleArns:
#       default: []
#       description: Fargate pod execution role ARNs, besides those eksctl files declare.
package authlint.rules.AA010

import data.authlint.lib.awsauth
import data.authlint.lib.params
import data.authlint.lib.repo

fargate_mappings contains m if {
	some fp in repo.fargate_profiles
	some m in repo.mappings_of(fp.arn)
}

fargate_mappings contains m if {
	some arn in params.get("fargateRoleArns", [])
	is_string(arn)
	some m in repo.mappings_of(arn)
}

fargate_mappings contains m if {
	some m in repo.mappings
	m.username == awsauth.fargate_username
	"system:node-proxier" in m.groups
}

deny contains {"msg": msg, "path": array.concat(m.path, ["username"])} if {
	some m in fargate_mappings
	m.kind != "accessEntries" # access entries of type FARGATE_LINUX are set up by EKS
	m.username != awsauth.fargate_username
	msg := sprintf("Fargate pod execution role %v is mapped with username '%s'; Fargate pods register as system:node:{{SessionName}}. Use that username", [m.arn, m.username])
}

deny contains {"msg": msg, "path": array.concat(m.path, [m.groupsField])} if {
	some m in fargate_mappings
	m.kind != "accessEntries"
	missing := awsauth.fargate_groups - {g | some g in m.groups}
	count(missing) > 0
	msg := sprintf("Fargate pod execution role %v lacks %s; Fargate pods cannot register. Give it system:bootstrappers, system:nodes and system:node-proxier", [m.arn, concat(", ", sort(missing))])
}

deny contains {"msg": msg, "path": repo.group_path(m, g)} if {
	some m in fargate_mappings
	m.kind != "accessEntries"
	some g in m.groups
	not g in awsauth.fargate_groups
	msg := sprintf("Fargate pod execution role %v also gets group '%s'; every Fargate pod's node identity carries it. Remove it", [m.arn, g])
}

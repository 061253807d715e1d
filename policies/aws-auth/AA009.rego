# METADATA
# title: Windows node role lacks eks:kube-proxy-windows
# description: |
#   Windows nodes run kube-proxy with the node's identity, which needs the `eks:kube-proxy-windows`
#   group. Without it, Services do not work on Windows nodes. Windows node roles are those of eksctl
#   node groups with a Windows AMI family, and those in the `windowsNodeRoleArns` parameter.
# custom:
#   id: AA009
#   name: aws-auth-windows-node-group
#   severity: medium
#   input: cross
#   scope: repository
#   remediation: |
#     Add `eks:kube-proxy-windows` to the groups of the Windows node role mapping, next to
#     `system:bootstrappers` and `system:nodes`.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html
#   params:
#     windowsNodeRoleArns:
#       default: []
#       description: Windows node instance role ARNs, besides those eksctl files declare.
package authlint.rules.AA009

import data.authlint.lib.awsauth
import data.authlint.lib.params
import data.authlint.lib.repo

windows_roles contains ng.arn if {
	some ng in repo.node_groups
	ng.group.windows == true
}

windows_roles contains arn if {
	some arn in params.get("windowsNodeRoleArns", [])
	is_string(arn)
}

deny contains {"msg": msg, "path": array.concat(m.path, [m.groupsField])} if {
	some arn in windows_roles
	some m in repo.mappings_of(arn)
	m.kind != "accessEntries" # access entries of type EC2_WINDOWS get the group from EKS
	not awsauth.windows_group in m.groups
	msg := sprintf("Windows node role %v is mapped without group eks:kube-proxy-windows; kube-proxy cannot run on those nodes. Add it to the groups", [m.arn])
}

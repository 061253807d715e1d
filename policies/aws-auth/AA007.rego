# METADATA
# title: Node mapping is malformed
# description: |
#   A worker-node mapping (username `system:node:{{EC2PrivateDNSName}}`) must carry both
#   `system:bootstrappers` and `system:nodes`: without them kubelets cannot join or are refused by the
#   Node authorizer. Any further group is given to every process that can read the instance
#   profile's credentials, including every pod that reaches the instance metadata service.
# custom:
#   id: AA007
#   name: aws-auth-node-mapping
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Give the node role exactly `system:bootstrappers` and `system:nodes` (plus
#     `eks:kube-proxy-windows` for Windows nodes). Grant anything else to a separate role that nodes
#     cannot assume.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://kubernetes.io/docs/reference/access-authn-authz/node/
package authlint.rules.AA007

import data.authlint.lib.awsauth

allowed := awsauth.node_groups | {awsauth.windows_group}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "groups"]} if {
	some e in awsauth.entries(input.awsAuth)
	awsauth.is_node_entry(e.entry)
	missing := awsauth.node_groups - {g | some g in awsauth.groups(e.entry)}
	count(missing) > 0
	msg := sprintf("node mapping for %v lacks %s; nodes using this role cannot join or are refused by the Node authorizer. Add both system:bootstrappers and system:nodes", [awsauth.arn(e), concat(" and ", sort(missing))])
}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "groups", j]} if {
	some e in awsauth.entries(input.awsAuth)
	awsauth.is_node_entry(e.entry)
	some j, group in awsauth.groups(e.entry)
	not group in allowed
	msg := sprintf("node mapping for %v also grants group '%v'; every pod that can read the node's instance credentials gets it. Remove it and map a separate role for that access", [awsauth.arn(e), group])
}

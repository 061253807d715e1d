# METADATA
# title: Node identity on a role others can assume
# description: |
#   A worker-node mapping (`system:node:{{EC2PrivateDNSName}}`, groups `system:nodes`) is only safe
#   when the role can be assumed by EC2 instances (or Fargate) alone. When the role's trust policy in
#   the repository also trusts an account, a user, a role or a federated identity, that principal can
#   assume the role and pose as a node: read every secret mounted by pods scheduled there, and more.
# custom:
#   id: X004
#   name: chain-node-role-trust
#   severity: critical
#   input: cross
#   scope: repository
#   remediation: |
#     Let the node role's trust policy name only the `ec2.amazonaws.com` service (or
#     `eks-fargate-pods.amazonaws.com` for pod execution roles); give people their own role.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html
#     - https://kubernetes.io/docs/reference/access-authn-authz/node/
package authlint.rules.X004

import data.authlint.lib.awsauth
import data.authlint.lib.iam
import data.authlint.lib.repo

node_services := {"ec2.amazonaws.com", "eks-fargate-pods.amazonaws.com"}

deny contains {"msg": msg, "path": m.arnPath, "related": [link]} if {
	some m in repo.mappings
	node_mapping(m)
	some r in repo.declared_roles_of(m.arn)
	r.trust != null
	policy := input.documents[r.doc].iam.policies[r.trust]
	some s, st in policy.Statement
	st.Effect == "Allow"
	some p in iam.principal_values(st.Principal)
	not trusted_node_principal(p)
	link := {"path": ["documents", r.doc, "iam", "policies", r.trust, "Statement", s, "Principal", p[0], p[1]], "msg": sprintf("the trust policy of role %v also trusts %s %v", [r.principal.name, p[0], p[2]])}
	msg := sprintf("%v is mapped as a node but its trust policy lets %s %v assume it; that principal can pose as a node. Trust only ec2.amazonaws.com", [m.arn, p[0], p[2]])
}

node_mapping(m) if m.username == awsauth.node_username

node_mapping(m) if "system:nodes" in m.groups

trusted_node_principal(p) if {
	p[0] == "Service"
	p[2] in node_services
}

# METADATA
# title: Reserved names in aws-auth
# description: |
#   Kubernetes and EKS reserve the `system:` and `eks:` prefixes for their own identities. A group
#   such as `system:nodes` or `eks:kube-proxy-windows` on a mapping that is not a node or Fargate
#   mapping hands out the permissions of those components; a `system:` username pretends to be a
#   Kubernetes component; and one fixed username shared by several ARNs makes audit logs and
#   User bindings unable to tell them apart. (`system:masters` is AA002.)
# custom:
#   id: AA014
#   name: aws-auth-reserved-names
#   severity: medium
#   input: aws-auth
#   scope: document
#   remediation: |
#     Use your own group names and bind them to roles; give every ARN its own username (or a prefix
#     with `{{SessionName}}`); keep `system:`/`eks:` for node and Fargate mappings.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#users-in-kubernetes
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
package authlint.rules.AA014

import data.authlint.lib.awsauth

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "groups", j]} if {
	some e in awsauth.entries(input.awsAuth)
	not awsauth.is_infrastructure_entry(e.entry)
	some j, group in awsauth.groups(e.entry)
	reserved(group)
	group != "system:masters"
	msg := sprintf("%v is not a node or Fargate mapping but gets reserved group '%s', which hands it the permissions of a Kubernetes component. Use a group of your own bound to the role it needs", [awsauth.arn(e), group])
}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "username"]} if {
	some e in awsauth.entries(input.awsAuth)
	not awsauth.is_infrastructure_entry(e.entry)
	name := awsauth.username(e.entry)
	reserved(name)
	not startswith(name, "system:node:")
	msg := sprintf("%v gets username '%s' in the reserved system: namespace; it poses as a Kubernetes component. Choose a username outside system:", [awsauth.arn(e), name])
}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "username"]} if {
	some e in awsauth.entries(input.awsAuth)
	name := awsauth.username(e.entry)
	name != ""
	count(awsauth.templates(name)) == 0 # templated names differ per caller or node
	earlier := [x |
		some x in awsauth.entries(input.awsAuth)
		awsauth.username(x.entry) == name
		lower(sprintf("%v", [awsauth.arn(x)])) != lower(sprintf("%v", [awsauth.arn(e)]))
		before(x, e)
	]
	count(earlier) > 0
	msg := sprintf("username '%s' of %v is also given to %v; audit logs and User bindings cannot tell them apart. Give each ARN its own username", [name, awsauth.arn(e), awsauth.arn(earlier[0])])
}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "username"]} if {
	some e in awsauth.entries(input.awsAuth)
	not awsauth.is_infrastructure_entry(e.entry)
	name := awsauth.username(e.entry)
	startswith(name, "system:node:")
	not awsauth.uses_session_name(name)
	msg := sprintf("%v gets node username '%s' but is not mapped like a node; it poses as a kubelet. Use system:node:{{EC2PrivateDNSName}} with system:bootstrappers and system:nodes for node roles, and a non-system username otherwise", [awsauth.arn(e), name])
}

reserved(name) if {
	is_string(name)
	startswith(name, "system:")
}

reserved(name) if {
	is_string(name)
	startswith(name, "eks:")
}

before(x, e) if x.key < e.key

before(x, e) if {
	x.key == e.key
	x.index < e.index
}

# METADATA
# title: Username chosen by the caller
# description: |
#   `{{SessionName}}` and `{{SessionNameRaw}}` are the role session name, which whoever assumes the
#   role picks freely (`aws sts assume-role --role-session-name alice`). A username that is only the
#   session name lets anyone who can assume the role become any Kubernetes user, including users bound
#   by name elsewhere. Combined with a node identity (`system:node:...` or `system:nodes`) the caller
#   can pose as any node: that is critical. Fargate pod execution role mappings are the one expected
#   use and are left to AA010.
# custom:
#   id: AA011
#   name: aws-auth-caller-chosen-username
#   severity: medium
#   input: aws-auth
#   scope: document
#   remediation: |
#     Put a fixed prefix in front of the session name that no other identity uses, e.g.
#     `username: sso-admin:{{SessionName}}`, and never combine it with node usernames or groups.
#   references:
#     - https://github.com/kubernetes-sigs/aws-iam-authenticator#full-configuration-format
#     - https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
package authlint.rules.AA011

import data.authlint.lib.awsauth

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "username"], "severity": "critical"} if {
	some e in awsauth.entries(input.awsAuth)
	session_username(e.entry)
	node_like(e.entry)
	msg := sprintf("%v maps the caller-chosen session name to a node identity (username '%s'); anyone who can assume it can pose as any node. Map nodes with system:node:{{EC2PrivateDNSName}} and people with a fixed, non-system prefix", [awsauth.arn(e), awsauth.username(e.entry)])
}

deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, "username"]} if {
	some e in awsauth.entries(input.awsAuth)
	session_username(e.entry)
	not node_like(e.entry)
	startswith(awsauth.username(e.entry), "{{SessionName")
	msg := sprintf("%v uses the session name as the whole username ('%s'); whoever assumes the role picks it and can become any Kubernetes user. Add a fixed prefix, e.g. '%s:{{SessionName}}'", [awsauth.arn(e), awsauth.username(e.entry), prefix_hint(e)])
}

session_username(entry) if {
	awsauth.uses_session_name(awsauth.username(entry))
	not awsauth.is_fargate_entry(entry)
}

node_like(entry) if startswith(awsauth.username(entry), "system:")

node_like(entry) if "system:nodes" in awsauth.groups(entry)

prefix_hint(e) := name if {
	name := awsauth.role_name(awsauth.arn(e))
} else := "team"

# METADATA
# title: IAM user mapped in aws-auth
# description: |
#   IAM users authenticate with long-lived access keys, are managed one by one and stay mapped after
#   people leave. Map IAM roles (assumed through SSO or federation) instead.
# custom:
#   id: AA003
#   name: aws-auth-iam-user
#   severity: medium
#   input: aws-auth
#   scope: document
#   remediation: |
#     Replace the `mapUsers` entry with a `mapRoles` entry for a role the person assumes (IAM
#     Identity Center permission set or federated role), with a `{{SessionName}}` username prefix so
#     audit logs still name the person.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp
#   related:
#     - Checkov CKV_AWS_273
package authlint.rules.AA003

import data.authlint.lib.awsauth

deny contains {"msg": msg, "path": awsauth.arn_path(e)} if {
	some e in awsauth.entries(input.awsAuth)
	e.key == "mapUsers"
	msg := sprintf("IAM user %v is mapped into the cluster; users keep long-lived keys. Map a role that people assume instead (mapRoles with username '<name>:{{SessionName}}')", [object.get(e.entry, "userarn", "(no userarn)")])
}

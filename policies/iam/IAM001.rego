# METADATA
# title: Full administrator IAM policy
# description: |
#   An Allow statement with `Action: "*"` on `Resource: "*"` is AdministratorAccess: whoever holds
#   it controls the account, every EKS cluster in it and every cluster's IAM mapping.
# custom:
#   id: IAM001
#   name: iam-full-admin
#   severity: critical
#   input: iam
#   scope: document
#   remediation: |
#     List the services and actions the principal needs (IAM Access Analyzer can generate a policy
#     from CloudTrail activity), and scope Resource to the ARNs it works on.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html
#   related:
#     - Checkov CKV_AWS_1
#     - Cloudsplaining PrivilegeEscalation
package authlint.rules.IAM001

import data.authlint.lib.iam

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	iam.on_any_resource(x.statement)
	some k, action in iam.actions_of(x.statement)
	iam.is_star_action(action)
	msg := sprintf("%s allows every action on every resource (administrator access); list the actions and resources the principal needs", [iam.label(input.iam, x)])
}

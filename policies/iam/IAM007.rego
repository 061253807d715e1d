# METADATA
# title: Reads of secrets and credentials on any resource
# description: |
#   `secretsmanager:GetSecretValue`, `ssm:GetParameter*` and `kms:Decrypt` on `*` read every secret,
#   parameter or encrypted value in the account, including other teams' database passwords and
#   cluster credentials; on a node or pod role every pod that reaches it gets them. Wildcards such as
#   `ssm:Get*` or `kms:*` count; a bare `*` is IAM001. `ecr:GetAuthorizationToken` is not reported:
#   it has no resource-level permissions, so `*` is the only way to write it.
# custom:
#   id: IAM007
#   name: iam-credential-read
#   severity: medium
#   input: iam
#   scope: document
#   remediation: |
#     Scope Resource to the secret, parameter path or key ARNs the principal needs
#     (`arn:aws:secretsmanager:<region>:<account>:secret:app/*`).
#   references:
#     - https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html
#     - https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html
#   related:
#     - Checkov CKV_AWS_287
#     - Cloudsplaining CredentialsExposure
package authlint.rules.IAM007

import data.authlint.lib.iam

credential_actions := {
	"secretsmanager:GetSecretValue",
	"secretsmanager:BatchGetSecretValue",
	"ssm:GetParameter",
	"ssm:GetParameters",
	"ssm:GetParametersByPath",
	"ssm:GetParameterHistory",
	"kms:Decrypt",
}

credential_index := iam.index(credential_actions)

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	iam.on_any_resource(x.statement)
	some k, pattern in iam.actions_of(x.statement)
	not iam.is_star_action(pattern)
	found := iam.matching(pattern, credential_index)
	count(found) > 0
	msg := sprintf("%s allows '%s' (%s) on every resource; the principal reads every secret of that kind in the account. Scope Resource to the ARNs it needs", [iam.label(input.iam, x), pattern, concat(", ", sort(found))])
}

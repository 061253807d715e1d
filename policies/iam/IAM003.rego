# METADATA
# title: iam:PassRole on any role without iam:PassedToService
# description: |
#   `iam:PassRole` on `*` lets the principal hand any role of the account (an admin role included) to
#   a service it can start (EC2, Lambda, ECS, EKS node groups) and so act with that role. Without an
#   `iam:PassedToService` condition it is a privilege escalation path.
# custom:
#   id: IAM003
#   name: iam-passrole-any
#   severity: high
#   input: iam
#   scope: document
#   remediation: |
#     Scope Resource to the role ARNs the principal must pass and add a `StringEquals` condition on
#     `iam:PassedToService` naming the service.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
#   related:
#     - Checkov CKV_AWS_286
#     - Cloudsplaining PrivilegeEscalation
#     - Parliament RESOURCE_STAR
package authlint.rules.IAM003

import data.authlint.lib.iam

pass_role := iam.index({"iam:PassRole"})

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	iam.on_any_resource(x.statement)
	not "iam:passedtoservice" in iam.condition_keys(x.statement)
	some m in iam.matched(x.statement, pass_role)
	k := m[0]
	msg := sprintf("%s allows iam:PassRole (through '%s') on every role without an iam:PassedToService condition; the principal can pass an admin role to a service it starts. Scope Resource to the roles to pass and add the condition", [iam.label(input.iam, x), x.statement.Action[k]])
}

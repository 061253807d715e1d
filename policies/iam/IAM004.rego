# METADATA
# title: IAM privilege escalation actions on any resource
# description: |
#   Actions that let a principal raise its own privileges when allowed on `*`: rewrite or attach
#   policies (`iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`,
#   `iam:Put*Policy`, permission boundary changes), take over other users (`iam:CreateAccessKey`,
#   `iam:CreateLoginProfile`, `iam:UpdateLoginProfile`, `iam:AddUserToGroup`), trust itself from a
#   role (`iam:UpdateAssumeRolePolicy`), or pass a role on `*` together with an action that starts
#   compute running as that role (`ec2:RunInstances`, `lambda:CreateFunction`, ...). Wildcards such
#   as `iam:Put*` or `iam:*` count; a bare `*` is IAM001.
# custom:
#   id: IAM004
#   name: iam-privilege-escalation
#   severity: high
#   input: iam
#   scope: document
#   remediation: |
#     Scope these actions to the specific users, groups, roles or policies the principal manages,
#     add a permissions boundary, or remove them.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   related:
#     - Checkov CKV_AWS_286
#     - Cloudsplaining PrivilegeEscalation
package authlint.rules.IAM004

import data.authlint.lib.iam

escalation_actions := {
	"iam:CreatePolicyVersion",
	"iam:SetDefaultPolicyVersion",
	"iam:AttachUserPolicy",
	"iam:AttachGroupPolicy",
	"iam:AttachRolePolicy",
	"iam:PutUserPolicy",
	"iam:PutGroupPolicy",
	"iam:PutRolePolicy",
	"iam:PutUserPermissionsBoundary",
	"iam:PutRolePermissionsBoundary",
	"iam:DeleteUserPermissionsBoundary",
	"iam:DeleteRolePermissionsBoundary",
	"iam:CreateAccessKey",
	"iam:CreateLoginProfile",
	"iam:UpdateLoginProfile",
	"iam:AddUserToGroup",
	"iam:UpdateAssumeRolePolicy",
}

# Actions that start something running with a role passed to it.
compute_actions := {
	"ec2:RunInstances",
	"lambda:CreateFunction",
	"lambda:UpdateFunctionConfiguration",
	"glue:CreateDevEndpoint",
	"glue:UpdateDevEndpoint",
	"glue:CreateJob",
	"cloudformation:CreateStack",
	"cloudformation:UpdateStack",
	"ecs:RunTask",
	"ecs:RegisterTaskDefinition",
	"sagemaker:CreateNotebookInstance",
	"sagemaker:CreateTrainingJob",
	"codebuild:CreateProject",
	"datapipeline:CreatePipeline",
	"eks:CreateNodegroup",
}

escalation_index := iam.index(escalation_actions)

compute_index := iam.index(compute_actions)

pass_role := iam.index({"iam:PassRole"})

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	iam.on_any_resource(x.statement)
	some k, pattern in iam.actions_of(x.statement)
	not iam.is_star_action(pattern)
	found := iam.matching(pattern, escalation_index)
	count(found) > 0
	msg := sprintf("%s allows '%s' on every resource, which includes %s; the principal can grant itself more privileges. Scope Resource to what it manages or remove the action", [iam.label(input.iam, x), pattern, concat(", ", sort(found))])
}

# PassRole on any role plus compute that runs as the passed role, in the same policy document.
deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Action", k])} if {
	some x in iam.identity_allows(input.iam)
	passers := [y | some y in passes_any_role; y.policy == x.policy]
	count(passers) > 0
	y := passers[0]
	some k, pattern in iam.actions_of(x.statement)
	not iam.is_star_action(pattern)
	found := iam.matching(pattern, compute_index)
	count(found) > 0
	msg := sprintf("%s allows '%s' (%s) while %s passes any role; together the principal can start compute running as any role of the account. Scope iam:PassRole to the roles it needs", [iam.label(input.iam, x), pattern, concat(", ", sort(found)), iam.label(input.iam, y)])
}

# Statements that pass any role to any service.
passes_any_role := [y |
	some y in iam.identity_allows(input.iam)
	iam.on_any_resource(y.statement)
	not "iam:passedtoservice" in iam.condition_keys(y.statement)
	count(iam.matched(y.statement, pass_role)) > 0
]

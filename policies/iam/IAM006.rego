# METADATA
# title: Role trust policy open to everyone or a whole foreign account
# description: |
#   A trust policy statement that allows `"*"` (or `{"AWS": "*"}`) without conditions lets any AWS
#   principal in any account assume the role (in a resource policy: use the resource). One that trusts a whole account (`:root` or a bare
#   account id) that is not listed in `trustedAccountIds` (high) lets every principal of that account
#   with sts:AssumeRole assume it, which for an EKS-mapped role means into the cluster.
# custom:
#   id: IAM006
#   name: iam-open-trust
#   severity: critical
#   input: iam
#   scope: document
#   remediation: |
#     Trust specific role ARNs, or add conditions (`aws:PrincipalArn`, `aws:PrincipalOrgID`,
#     `sts:ExternalId`) that limit who may assume the role; list your own accounts in
#     `trustedAccountIds`.
#   references:
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
#   related:
#     - Checkov CKV_AWS_60
#     - Checkov CKV_AWS_61
#   params:
#     trustedAccountIds:
#       default: []
#       description: 12-digit AWS account ids whose whole-account trust is expected.
package authlint.rules.IAM006

import data.authlint.lib.iam
import data.authlint.lib.params

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Principal", t, i])} if {
	some x in trust_allows
	not iam.has_condition(x.statement)
	some p in iam.principal_values(x.statement.Principal)
	t := p[0]
	i := p[1]
	p[2] == "*"
	t in {"AWS", "*"}
	msg := sprintf("%s lets any AWS principal of any account %s, without conditions. Name the trusted principals or add aws:PrincipalOrgID/aws:PrincipalArn conditions", [iam.label(input.iam, x), what(x.statement)])
}

deny contains {"msg": msg, "path": array.concat(iam.statement_path(x), ["Principal", "AWS", i]), "severity": "high"} if {
	some x in trust_allows
	not iam.has_condition(x.statement)
	some p in iam.principal_values(x.statement.Principal)
	p[0] == "AWS"
	i := p[1]
	account := whole_account(p[2])
	not account in params.lower_set("trustedAccountIds")
	msg := sprintf("%s trusts every principal of account %s, which is not in trustedAccountIds; anyone there with the matching IAM permission can %s. Trust specific role ARNs, or add the account to trustedAccountIds if it is yours", [iam.label(input.iam, x), account, what(x.statement)])
}

# Trust policies say who may assume the role; resource policies (ECR, S3, KMS) who may use the resource.
what(st) := "assume the role" if count(iam.matched(st, assume_index)) > 0

else := "use the resources it covers"

assume_index := iam.index({"sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"})

trust_allows := [x |
	some x in iam.statements(input.iam)
	x.statement.Effect == "Allow"
	is_object(x.statement.Principal)
]

whole_account(value) := account if {
	is_string(value)
	m := regex.find_all_string_submatch_n(`^arn:[^:]*:iam::([0-9]{12}):root$`, value, 1)
	count(m) == 1
	account := m[0][1]
} else := value if {
	is_string(value)
	regex.match(`^[0-9]{12}$`, value)
}

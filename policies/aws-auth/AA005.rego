# METADATA
# title: Malformed or wrong-type ARN in aws-auth
# description: |
#   A mapping only matches when its ARN has the exact shape the authenticator builds from the
#   caller: `arn:<partition>:iam::<12-digit account>:role/<name>` under `mapRoles` and
#   `...:user/<name>` under `mapUsers`. Session ARNs (`arn:aws:sts::...:assumed-role/...`), a user
#   ARN under `mapRoles` (or the reverse), placeholders and typos never match, so the identity
#   silently has no access, or someone assumes it is locked out when it is not.
# custom:
#   id: AA005
#   name: aws-auth-malformed-arn
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Write the IAM ARN of the role or user itself (`aws iam get-role --role-name X --query Role.Arn`),
#     under `mapRoles` for roles and `mapUsers` for users; for an assumed-role session ARN use the
#     role's ARN.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
package authlint.rules.AA005

import data.authlint.lib.awsauth

expected := {"mapRoles": "arn:<partition>:iam::<12-digit account>:role/<name>", "mapUsers": "arn:<partition>:iam::<12-digit account>:user/<name>"}

deny contains {"msg": msg, "path": awsauth.arn_path(e)} if {
	some e in awsauth.entries(input.awsAuth)
	arn := e.entry[awsauth.arn_keys[e.key]]
	arn != null
	not valid(e.key, arn)
	msg := sprintf("%s %s under %s %s; write %s", [awsauth.arn_label(e), describe(arn), e.key, problem(arn), expected[e.key]])
}

valid(key, arn) if {
	key == "mapRoles"
	awsauth.valid_role_arn(arn)
}

valid(key, arn) if {
	key == "mapUsers"
	awsauth.valid_user_arn(arn)
}

describe(arn) := sprintf("'%s'", [arn]) if is_string(arn)

else := sprintf("%v (not a string)", [arn])

problem(arn) := "is an STS session ARN, which changes with every session; use the role's IAM ARN" if {
	is_string(arn)
	regex.match(`^arn:[^:]*:sts::[^:]*:assumed-role/`, arn)
} else := "is a user ARN and never matches a role" if {
	is_string(arn)
	awsauth.valid_user_arn(arn)
} else := "is a role ARN and never matches a user" if {
	is_string(arn)
	awsauth.valid_role_arn(arn)
} else := "is not a valid IAM ARN and never matches"

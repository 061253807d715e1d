# METADATA
# title: mapAccounts maps whole AWS accounts
# description: |
#   Every IAM user and role of an account listed in `mapAccounts` is authenticated, with a username
#   derived from its ARN. Anyone in that account who can call STS gets a Kubernetes identity, and any
#   binding to that username pattern applies to them. Account ids must also be quoted 12-digit
#   strings: an unquoted id is read as a number and loses leading zeros.
# custom:
#   id: AA013
#   name: aws-auth-map-accounts
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Remove `mapAccounts` and map the specific roles that need access under `mapRoles`.
#   references:
#     - https://github.com/kubernetes-sigs/aws-iam-authenticator#full-configuration-format
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
package authlint.rules.AA013

deny contains {"msg": msg, "path": ["awsAuth", "mapAccounts", i]} if {
	some i, account in accounts
	msg := sprintf("mapAccounts lets every IAM identity of account %v into the cluster; remove it and map the roles that need access under mapRoles", [account])
}

deny contains {"msg": msg, "path": ["awsAuth", "mapAccounts", i], "severity": "low"} if {
	some i, account in accounts
	not well_formed(account)
	msg := sprintf("mapAccounts item %v must be a quoted 12-digit account id (\"111122223333\"); unquoted ids are read as numbers and lose leading zeros", [account])
}

accounts := a if {
	a := input.awsAuth.mapAccounts
	is_array(a)
} else := []

well_formed(account) if {
	is_string(account)
	regex.match(`^[0-9]{12}$`, account)
}

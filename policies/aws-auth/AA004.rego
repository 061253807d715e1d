# METADATA
# title: Role ARN with a path in aws-auth
# description: |
#   The authenticator compares the role ARN of the caller's session, which never contains the IAM
#   path (`arn:aws:iam::111122223333:role/dev-role`), with `rolearn`. A mapping written with the path
#   (`role/team/dev/dev-role`) therefore never matches and the role has no access.
# custom:
#   id: AA004
#   name: aws-auth-role-path
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Drop the path: write `arn:<partition>:iam::<account>:role/<role-name>`. EKS access entries accept
#     the full ARN with its path.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://github.com/kubernetes-sigs/aws-iam-authenticator/issues/268
package authlint.rules.AA004

import data.authlint.lib.awsauth

deny contains {"msg": msg, "path": awsauth.arn_path(e)} if {
	some e in awsauth.entries(input.awsAuth)
	e.key == "mapRoles"
	arn := e.entry.rolearn
	is_string(arn)
	parts := regex.find_all_string_submatch_n(`^(arn:[^:]+:iam::[^:]+:role/)(.+/)([^/]+)$`, arn, 1)
	count(parts) == 1
	fixed := concat("", [parts[0][1], parts[0][3]])
	msg := sprintf("%s %s contains the IAM path '%s'; EKS compares ARNs without paths, so this mapping never matches. Use %s", [awsauth.arn_label(e), arn, trim_suffix(parts[0][2], "/"), fixed])
}

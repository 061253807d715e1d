# METADATA
# title: ARN mapped twice
# description: |
#   The same IAM role or user is mapped more than once: twice in aws-auth, in aws-auth and in eksctl
#   `iamIdentityMappings`, or in aws-auth and an EKS access entry. Only one mapping wins (the
#   authenticator takes the first, access entries take precedence over aws-auth), so the others are
#   dead configuration that misleads reviewers about what the identity can do. ARNs are compared
#   case-insensitively and without IAM paths. Files in one folder are taken to describe one
#   cluster, so repositories with one folder per cluster do not report a role shared by clusters.
# custom:
#   id: AA006
#   name: aws-auth-duplicate-arn
#   severity: medium
#   input: cross
#   scope: repository
#   remediation: |
#     Keep one mapping per ARN, merging the groups you meant to give; when moving to access entries,
#     delete the aws-auth entry once the access entry exists.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
package authlint.rules.AA006

import data.authlint.lib.awsauth
import data.authlint.lib.repo

deny contains {"msg": msg, "path": m.arnPath, "related": [{"path": first.arnPath, "msg": sprintf("first mapped here (%s)", [first.kind])}]} if {
	some k, m in repo.mappings
	key := awsauth.canonical(m.arn)
	earlier := [x |
		some j, x in repo.mappings
		j < k
		awsauth.canonical(x.arn) == key
		repo.dirname(x.file) == repo.dirname(m.file)
	]
	count(earlier) > 0
	first := earlier[0]
	msg := sprintf("%v is mapped again in %s after %s in %s; only one mapping takes effect. Keep a single mapping for this ARN", [m.arn, m.kind, first.kind, first.file])
}

# METADATA
# title: Unknown template in aws-auth
# description: |
#   The authenticator expands only `{{AccountID}}`, `{{SessionName}}`, `{{SessionNameRaw}}`,
#   `{{EC2PrivateDNSName}}` and `{{AccessKeyID}}` in usernames and groups. Anything else (a typo such
#   as `{{SessionNme}}`, a Helm or Terraform placeholder that was never rendered) makes the
#   authenticator reject the identity, or is kept literally so everyone mapped gets the same name.
# custom:
#   id: AA012
#   name: aws-auth-unknown-template
#   severity: high
#   input: aws-auth
#   scope: document
#   remediation: |
#     Use one of the supported templates, spelled exactly, or render your own placeholders before
#     applying the manifest.
#   references:
#     - https://github.com/kubernetes-sigs/aws-iam-authenticator#full-configuration-format
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
package authlint.rules.AA012

import data.authlint.lib.awsauth

known := {"{{AccountID}}", "{{SessionName}}", "{{SessionNameRaw}}", "{{EC2PrivateDNSName}}", "{{AccessKeyID}}"}

deny contains {"msg": message(e, t), "path": ["awsAuth", e.key, e.index, "username"]} if {
	some e in awsauth.entries(input.awsAuth)
	some t in awsauth.templates(awsauth.username(e.entry))
	not t in known
}

deny contains {"msg": message(e, t), "path": ["awsAuth", e.key, e.index, "groups", j]} if {
	some e in awsauth.entries(input.awsAuth)
	some j, group in awsauth.groups(e.entry)
	some t in awsauth.templates(group)
	not t in known
}

message(e, t) := sprintf("%v uses unknown template %s; the authenticator only expands %s. Fix the spelling or render the placeholder before applying", [awsauth.arn(e), t, concat(", ", sort(known))])

# METADATA
# title: aws-auth cannot be parsed
# description: |
#   The aws-iam-authenticator reads `mapRoles`, `mapUsers` and `mapAccounts` as YAML strings. When a
#   string is not valid YAML, is not a list, or holds a mapping it rejects (unknown keys, a role mapping
#   with neither or both of `rolearn` and `sso`, a user mapping without `userarn`), the authenticator
#   drops the **whole key**: every node and person mapped in it loses access to the cluster at once.
# custom:
#   id: AA001
#   name: aws-auth-unparsable
#   severity: critical
#   input: aws-auth
#   scope: document
#   remediation: |
#     Fix the YAML inside the block scalar (indentation, a missing `-`, a tab, an unquoted `:`), keep
#     each key a list of mappings, and give every role mapping exactly one of `rolearn` or `sso` and
#     every user mapping a `userarn`. Check with `kubectl get cm aws-auth -n kube-system -o yaml` after
#     applying, or move to EKS access entries.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://github.com/kubernetes-sigs/aws-iam-authenticator#full-configuration-format
package authlint.rules.AA001

import data.authlint.lib.awsauth

allowed_keys := {
	"mapRoles": {"rolearn", "sso", "username", "groups"},
	"mapUsers": {"userarn", "username", "groups"},
}

# A string that is not YAML at all: the scanner reports where its parser stopped.
deny contains {"msg": msg, "path": ["awsAuth", "errors", i]} if {
	some i, err in input.awsAuth.errors
	msg := sprintf("aws-auth %s is not valid YAML (%s); the authenticator ignores the whole key, locking out every node and user mapped in it. Fix the YAML inside the %s string", [err.key, err.message, err.key])
}

# ConfigMap data values must be strings; the API server rejects a list written without "|".
deny contains {"msg": msg, "path": ["document", "data", key]} if {
	configmap
	some key in ["mapRoles", "mapUsers", "mapAccounts"]
	written_as_structure(key)
	value := input.document.data[key]
	msg := sprintf("aws-auth data.%s is written as %s, but ConfigMap data values must be strings; the API server rejects the ConfigMap. Write '%s: |' and indent the list under it", [key, a_type(value), key])
}

# A key that parses but is not a list.
deny contains {"msg": msg, "path": ["awsAuth", key]} if {
	some key in ["mapRoles", "mapUsers", "mapAccounts"]
	value := input.awsAuth[key]
	value != null
	not is_array(value)
	not written_as_structure(key) # reported above
	msg := sprintf("aws-auth %s must be a YAML list but is %s; the authenticator ignores the whole key. Write each mapping as a list item starting with '- '", [key, a_type(value)])
}

# A list item that is not a mapping.
deny contains {"msg": msg, "path": ["awsAuth", key, i]} if {
	configmap
	some key in ["mapRoles", "mapUsers"]
	list := input.awsAuth[key]
	is_array(list)
	some i, item in list
	not is_object(item)
	msg := sprintf("aws-auth %s item %d is %s, not a mapping; the authenticator ignores the whole key. Write it as '- %s: ...' with username and groups", [key, i, a_type(item), awsauth.arn_keys[key]])
}

# Keys the authenticator does not know (usually a typo such as roleARN, which also leaves the
# mapping without its ARN).
deny contains {"msg": msg, "path": ["awsAuth", e.key, e.index, k]} if {
	configmap
	some e in awsauth.entries(input.awsAuth)
	some k, _ in e.entry
	not k in allowed_keys[e.key]
	msg := sprintf("aws-auth %s item %d has unknown key '%s' (allowed: %s); the authenticator rejects the mapping. Fix the key name", [e.key, e.index, k, concat(", ", sort(allowed_keys[e.key]))])
}

deny contains {"msg": msg, "path": ["awsAuth", "mapRoles", e.index]} if {
	configmap
	some e in awsauth.entries(input.awsAuth)
	e.key == "mapRoles"
	not has(e.entry, "rolearn")
	not has(e.entry, "sso")
	msg := sprintf("aws-auth mapRoles item %d has neither rolearn nor sso; the authenticator rejects the whole mapRoles key. Add the role ARN as 'rolearn'", [e.index])
}

deny contains {"msg": msg, "path": ["awsAuth", "mapRoles", e.index, "sso"]} if {
	configmap
	some e in awsauth.entries(input.awsAuth)
	e.key == "mapRoles"
	has(e.entry, "rolearn")
	has(e.entry, "sso")
	msg := sprintf("aws-auth mapRoles item %d has both rolearn and sso; the authenticator accepts only one and rejects the whole mapRoles key. Keep one of them", [e.index])
}

deny contains {"msg": msg, "path": ["awsAuth", "mapUsers", e.index]} if {
	configmap
	some e in awsauth.entries(input.awsAuth)
	e.key == "mapUsers"
	not has(e.entry, "userarn")
	msg := sprintf("aws-auth mapUsers item %d has no userarn; the authenticator rejects the whole mapUsers key. Add the user ARN as 'userarn'", [e.index])
}

# Entry shapes are checked for the ConfigMap only: eksctl validates its own iamIdentityMappings.
configmap if input.awsAuth.source == "configmap"

written_as_structure(key) if {
	value := input.document.data[key]
	not is_string(value)
}

# a_type names a value's type with its article: "an object", "a string".
a_type(value) := concat(" ", [article(type_name(value)), type_name(value)])

article(name) := "an" if startswith(name, "o")

else := "an" if startswith(name, "a")

else := "a"

has(obj, key) if obj[key] != null

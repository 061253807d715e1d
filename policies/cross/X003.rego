# METADATA
# title: Binding subject that no identity produces
# description: |
#   A User or Group subject of a binding that no aws-auth mapping, eksctl mapping or access entry in
#   the repository produces, and that is not a Kubernetes or EKS identity (`system:`, `eks:`). The
#   binding grants nothing today; if the name is a typo someone lacks access, and whoever later maps
#   an identity to that name silently inherits the binding. Templated usernames
#   (`dev:{{SessionName}}`) produce every name that matches them. The rule runs only when the
#   repository has identity mappings.
# custom:
#   id: X003
#   name: chain-orphan-subject
#   severity: low
#   input: cross
#   scope: repository
#   remediation: |
#     Fix the subject's name, map the identity that should have it, or remove the subject.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
package authlint.rules.X003

import data.authlint.lib.awsauth
import data.authlint.lib.repo

produced_groups := {g | some m in repo.mappings; some g in m.groups}

deny contains {"msg": msg, "path": repo.binding_path(b, j)} if {
	count(repo.mappings) > 0
	some b in repo.bindings
	some j, s in object.get(b.rbac, "subjects", [])
	s.kind in {"User", "Group"}
	is_string(s.name)
	not reserved(s.name)
	not produced(s)
	msg := sprintf("%s names %s '%s', which no aws-auth mapping or access entry in the repository produces; it grants nothing today and goes to whoever is mapped to that name later. Fix the name or map the identity", [repo.describe_binding(b), s.kind, s.name])
}

reserved(name) if startswith(name, "system:")

reserved(name) if startswith(name, "eks:")

produced(s) if {
	s.kind == "Group"
	s.name in produced_groups
}

produced(s) if {
	s.kind == "User"
	some m in repo.mappings
	username_matches(m, s.name)
}

# mapAccounts and access entries without a username produce users named after the caller's ARN.
produced(s) if {
	s.kind == "User"
	startswith(s.name, "arn:")
	some doc in input.documents
	count(object.get(object.get(doc, "awsAuth", {}), "mapAccounts", [])) > 0
}

username_matches(m, name) if m.username == name

username_matches(m, name) if {
	m.username == ""
	lower(sprintf("%v", [m.arn])) == lower(name)
}

# A templated username produces every name with its fixed start and end ("dev:{{SessionName}}"
# produces "dev:alice"); fixed text between two templates is not checked.
username_matches(m, name) if {
	count(awsauth.templates(m.username)) > 0
	parts := regex.split(`\{\{[^{}]*\}\}`, m.username)
	startswith(name, parts[0])
	endswith(name, parts[count(parts) - 1])
	count(name) > count(parts[0]) + count(parts[count(parts) - 1])
}

# METADATA
# title: Read-only IAM role that can write in the cluster
# description: |
#   An IAM role whose name says it only reads (matches `readOnlyNamePattern`, e.g. `ReadOnly`,
#   `eks-viewer`) is mapped to a group or username that a binding gives write verbs: a ClusterRole or
#   Role in the repository with any verb other than get, list or watch, or the built-in `edit`,
#   `admin` or `cluster-admin`. People pick such a role believing it cannot change anything.
# custom:
#   id: X005
#   name: chain-read-only-role-writes
#   severity: high
#   input: cross
#   scope: repository
#   remediation: |
#     Bind the role's group to `view` or a read-only role, or rename the IAM role after what it can do.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
#   params:
#     readOnlyNamePattern:
#       default: '(?i)(^|[-_:.])(view|viewer|read|reader|readonly|read-only|ro)($|[-_:.])'
#       description: RE2 pattern for names of IAM roles that must only read.
package authlint.rules.X005

import data.authlint.lib.awsauth
import data.authlint.lib.params
import data.authlint.lib.rbac
import data.authlint.lib.repo

default_pattern := `(?i)(^|[-_:.])(view|viewer|read|reader|readonly|read-only|ro)($|[-_:.])`

writing_builtins := {"edit", "admin", "cluster-admin"}

deny contains {"msg": msg, "path": m.arnPath, "related": links} if {
	some m in repo.mappings
	name := awsauth.role_name(m.arn)
	regex.match(params.get("readOnlyNamePattern", default_pattern), name)
	writes := [w |
		some x in repo.bindings_of(m)
		some grant in write_grants(x[0])
		w := {"what": grant.what, "links": array.concat([repo.identity_link(m, x[2]), repo.subject_link(x[0], x[1], x[2])], grant.links)}
	]
	count(writes) > 0
	links := writes[0].links
	msg := sprintf("IAM role %s looks read-only by its name, but %s; people assume it cannot change anything. Bind its groups to a read-only role or rename the role", [name, writes[0].what])
}

write_grants(b) := [{"what": sprintf("is bound to the built-in ClusterRole %s", [b.rbac.roleRef.name]), "links": []}] if {
	b.rbac.roleRef.kind == "ClusterRole"
	b.rbac.roleRef.name in writing_builtins
} else := [grant |
	some r in repo.roles_of(b)
	some i, rule in r.rbac.rules
	verbs := [v | some v in rule.verbs; not v in rbac.read_verbs]
	count(verbs) > 0
	grant := {
		"what": sprintf("%s rule %d grants %s", [rbac.describe(r.rbac), i, concat(", ", verbs)]),
		"links": [{"path": repo.role_rule_path(r, i), "msg": sprintf("%s rule %d grants %s", [rbac.describe(r.rbac), i, concat(", ", verbs)])}],
	}
]

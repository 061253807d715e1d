# METADATA
# title: Repository-wide identity and RBAC graph
# description: |
#   For repository-scope rules (input `{"documents": [...]}`): every identity mapping (aws-auth
#   ConfigMaps, eksctl iamIdentityMappings, access entries), every Role/ClusterRole and every binding,
#   with the paths that locate them, and the links between them (mapping -> group -> binding -> role).
package authlint.lib.repo

import data.authlint.lib.awsauth
import data.authlint.lib.rbac

# mappings lists every identity mapping with its ARN, username, groups and paths.
mappings := array.concat(aws_auth_mappings, access_entry_mappings)

aws_auth_mappings := [m |
	some d, doc in input.documents
	auth := doc.awsAuth
	is_object(auth)
	some e in awsauth.entries(auth)
	field := awsauth.arn_keys[e.key]
	m := {
		"doc": d,
		"file": doc.file,
		"source": object.get(auth, "source", ""),
		"kind": e.key,
		"index": e.index,
		"entry": e.entry,
		"arn": object.get(e.entry, field, null),
		"label": awsauth.arn_label(e),
		"username": awsauth.username(e.entry),
		"groups": [g | some g in awsauth.groups(e.entry); is_string(g)],
		"path": ["documents", d, "awsAuth", e.key, e.index],
		"arnPath": ["documents", d, "awsAuth", e.key, e.index, field],
		"groupsField": "groups",
	}
]

access_entry_mappings := [m |
	some d, doc in input.documents
	auth := doc.awsAuth
	is_object(auth)
	list := object.get(auth, "accessEntries", [])
	is_array(list)
	some i, entry in list
	is_object(entry)
	m := {
		"doc": d,
		"file": doc.file,
		"source": object.get(auth, "source", ""),
		"kind": "accessEntries",
		"index": i,
		"entry": entry,
		"arn": object.get(entry, "principalARN", null),
		"label": "principalARN",
		"username": awsauth.username(entry),
		"groups": [g | some g in string_list(object.get(entry, "kubernetesGroups", []))],
		"path": ["documents", d, "awsAuth", "accessEntries", i],
		"arnPath": ["documents", d, "awsAuth", "accessEntries", i, "principalARN"],
		"groupsField": "kubernetesGroups",
	}
]

string_list(x) := [s | is_array(x); some s in x; is_string(s)]

# group_path locates group g of mapping m (falls back to the mapping).
group_path(m, g) := array.concat(m.path, [m.groupsField, j]) if {
	some j, x in m.entry[m.groupsField]
	x == g
} else := m.path

# has_configmap holds when the repository manages the aws-auth ConfigMap itself; applying it
# replaces whatever eksctl or EKS added to the cluster's copy.
has_configmap if {
	some doc in input.documents
	doc.awsAuth.source == "configmap"
}

configmap_docs := [d | some d, doc in input.documents; doc.awsAuth.source == "configmap"]

# mapped holds when some mapping names the role (ARNs compared the way the authenticator does).
mapped(arn) if {
	some m in mappings
	awsauth.canonical(m.arn) == awsauth.canonical(arn)
}

mappings_of(arn) := [m | some m in mappings; awsauth.canonical(m.arn) == awsauth.canonical(arn)]

# eksctl node groups and Fargate profiles with the role ARN the author declared.
node_groups := [{"doc": d, "index": i, "group": ng, "arn": ng.instanceRoleARN, "path": ["documents", d, "eksctl", "nodeGroups", i, "instanceRoleARN"]} |
	some d, doc in input.documents
	some i, ng in object.get(object.get(doc, "eksctl", {}), "nodeGroups", [])
	is_string(ng.instanceRoleARN)
]

fargate_profiles := [{"doc": d, "index": i, "arn": fp.podExecutionRoleARN, "path": ["documents", d, "eksctl", "fargateProfiles", i, "podExecutionRoleARN"]} |
	some d, doc in input.documents
	some i, fp in object.get(object.get(doc, "eksctl", {}), "fargateProfiles", [])
	is_string(fp.podExecutionRoleARN)
]

# roles and bindings of the repository.
roles := [{"doc": d, "rbac": r} |
	some d, doc in input.documents
	r := doc.rbac
	r.kind in rbac.role_kinds
]

bindings := [{"doc": d, "rbac": r} |
	some d, doc in input.documents
	r := doc.rbac
	r.kind in rbac.binding_kinds
]

# roles_of lists the repository roles a binding refers to. A RoleBinding may point at a Role of its
# own namespace or at a ClusterRole; namespaces are compared only when both are known.
roles_of(b) := [r |
	ref := b.rbac.roleRef
	some r in roles
	r.rbac.kind == ref.kind
	r.rbac.name == ref.name
	same_namespace(b, r)
]

same_namespace(b, r) if r.rbac.kind == "ClusterRole"

same_namespace(b, r) if {
	r.rbac.kind == "Role"
	not known_different_namespaces(b, r)
}

known_different_namespaces(b, r) if {
	is_string(b.rbac.namespace)
	is_string(r.rbac.namespace)
	b.rbac.namespace != r.rbac.namespace
}

# Kubernetes and EKS create these roles themselves.
builtin_role(ref) if {
	ref.kind == "ClusterRole"
	ref.name in {"cluster-admin", "admin", "edit", "view"}
}

builtin_role(ref) if startswith(ref.name, "system:")

builtin_role(ref) if startswith(ref.name, "eks:")

builtin_role(ref) if {
	ref.kind == "Role"
	ref.name == "extension-apiserver-authentication-reader"
}

# dirname of a repository path ("" for a file at the root).
dirname(file) := concat("/", array.slice(parts, 0, count(parts) - 1)) if {
	parts := split(file, "/")
}

binding_path(b, j) := ["documents", b.doc, "rbac", "subjects", j, "name"]

role_ref_path(b) := ["documents", b.doc, "rbac", "roleRef", "name"]

describe_binding(b) := sprintf("%s %s", [b.rbac.kind, b.rbac.name]) if b.rbac.kind == "ClusterRoleBinding"

else := sprintf("%s %s/%s", [b.rbac.kind, b.rbac.namespace, b.rbac.name]) if is_string(b.rbac.namespace)

else := sprintf("%s %s", [b.rbac.kind, b.rbac.name])

# bindings_of lists [binding, subject index, subject] for the bindings whose subjects include one of
# the mapping's groups, or its username when that is fixed (no {{template}}).
bindings_of(m) := [[b, j, s] |
	some b in bindings
	some j, s in object.get(b.rbac, "subjects", [])
	subject_matches(m, s)
]

subject_matches(m, s) if {
	s.kind == "Group"
	s.name in m.groups
}

subject_matches(m, s) if {
	s.kind == "User"
	s.name == m.username
	count(awsauth.templates(m.username)) == 0
}

# subject_link is the chain link of a binding subject.
subject_link(b, j, s) := {"path": binding_path(b, j), "msg": sprintf("%s binds %s %s to %s %s", [describe_binding(b), s.kind, s.name, b.rbac.roleRef.kind, b.rbac.roleRef.name])}

# identity_link is the chain link of how a mapping gets the subject.
identity_link(m, s) := {"path": group_path(m, s.name), "msg": sprintf("%v is mapped to group %s", [m.arn, s.name])} if s.kind == "Group"

else := {"path": array.concat(m.path, ["username"]), "msg": sprintf("%v is mapped to username %s", [m.arn, s.name])}

# cluster_wide holds for a binding whose grants apply in every namespace.
cluster_wide(b) if b.rbac.kind == "ClusterRoleBinding"

# in_kube_system holds for a binding whose grants apply in kube-system (where aws-auth lives).
in_kube_system(b) if cluster_wide(b)

in_kube_system(b) if {
	b.rbac.kind == "RoleBinding"
	b.rbac.namespace == "kube-system"
}

role_rule_path(r, i) := ["documents", r.doc, "rbac", "rules", i]

# iam_roles lists the IAM roles declared in the repository (CloudFormation, Terraform, eksctl) with
# their trust policy, as {"doc", "index", "principal", "trust"} ("trust" is a policy index or null).
iam_roles := [{"doc": d, "index": i, "principal": p, "trust": object.get(p, "trustPolicy", null)} |
	some d, doc in input.documents
	some i, p in object.get(object.get(doc, "iam", {}), "principals", [])
	p.type == "role"
]

# declared_roles_of lists the declared IAM roles an ARN refers to, by ARN or by role name.
declared_roles_of(arn) := [r |
	some r in iam_roles
	declares(r.principal, arn)
]

declares(p, arn) if awsauth.canonical(p.arn) == awsauth.canonical(arn)

declares(p, arn) if {
	is_string(p.name)
	lower(p.name) == lower(awsauth.role_name(arn))
}

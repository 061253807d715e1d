# METADATA
# title: aws-auth mappings
# description: |
#   Helpers over the `awsAuth` section of a document envelope: the role and user mappings of an
#   aws-auth ConfigMap or eksctl `iamIdentityMappings`, the ARN shapes EKS accepts, and the
#   well-known node and Fargate mappings.
package authlint.lib.awsauth

# The key that holds the ARN of each kind of mapping.
arn_keys := {"mapRoles": "rolearn", "mapUsers": "userarn"}

# The username EC2 worker nodes must get, and the one Fargate pods get.
node_username := "system:node:{{EC2PrivateDNSName}}"

fargate_username := "system:node:{{SessionName}}"

# The groups Kubernetes gives a node; Windows nodes also need eks:kube-proxy-windows.
node_groups := {"system:bootstrappers", "system:nodes"}

fargate_groups := {"system:bootstrappers", "system:nodes", "system:node-proxier"}

windows_group := "eks:kube-proxy-windows"

# entries lists every mapping that is an object, as {"key", "index", "entry"}; lists that are not
# arrays and items that are not objects are AA001's business.
entries(auth) := [{"key": key, "index": i, "entry": entry} |
	some key in ["mapRoles", "mapUsers"]
	list := object.get(auth, key, [])
	is_array(list)
	some i, entry in list
	is_object(entry)
]

# arn is the ARN of a mapping (undefined when missing).
arn(e) := e.entry[arn_keys[e.key]]

# arn_label is the key the author wrote for the ARN (eksctl writes "arn").
arn_label(e) := object.get(e.entry, "arnKey", arn_keys[e.key])

# arn_path points at the ARN of a mapping inside the envelope.
arn_path(e) := ["awsAuth", e.key, e.index, arn_keys[e.key]]

# groups is the mapping's group list, or [] when it has none or something else.
groups(entry) := g if {
	g := entry.groups
	is_array(g)
} else := []

username(entry) := u if {
	u := entry.username
	is_string(u)
} else := ""

is_node_entry(entry) if username(entry) == node_username

# A Fargate pod execution role mapping is recognisable by its username and system:node-proxier.
is_fargate_entry(entry) if {
	username(entry) == fargate_username
	"system:node-proxier" in groups(entry)
}

is_infrastructure_entry(entry) if is_node_entry(entry)

is_infrastructure_entry(entry) if is_fargate_entry(entry)

# The ARN shapes aws-iam-authenticator accepts for a mapping.
partition_pattern := `aws(-[a-z]+)*`

valid_role_arn(value) if {
	is_string(value)
	regex.match(sprintf(`^arn:%s:iam::[0-9]{12}:role/[\w+=,.@/-]+$`, [partition_pattern]), value)
}

valid_user_arn(value) if {
	is_string(value)
	regex.match(sprintf(`^arn:%s:iam::[0-9]{12}:user/[\w+=,.@/-]+$`, [partition_pattern]), value)
}

# role_name is the last path segment of a role ARN: arn:aws:iam::1:role/a/b/name -> name.
role_name(value) := name if {
	is_string(value)
	parts := split(value, ":role/")
	count(parts) == 2
	segments := split(parts[1], "/")
	name := segments[count(segments) - 1]
}

# templates lists the {{...}} placeholders of a string.
templates(s) := regex.find_n(`\{\{[^{}]*\}\}`, s, -1) if is_string(s)

else := []

uses_session_name(s) if {
	is_string(s)
	regex.match(`\{\{SessionName(Raw)?\}\}`, s)
}

# canonical is the lower-cased ARN without its IAM path, the form the authenticator compares:
# arn:aws:iam::111122223333:role/team/ng-1 -> arn:aws:iam::111122223333:role/ng-1.
canonical(value) := lower(concat("", [m[0][1], m[0][3]])) if {
	is_string(value)
	m := regex.find_all_string_submatch_n(`^(arn:[^:]*:iam::[^:]*:(?:role|user)/)(.*/)?([^/]*)$`, value, 1)
	count(m) == 1
} else := lower(value) if is_string(value)

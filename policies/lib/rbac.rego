# METADATA
# title: Kubernetes RBAC matching
# description: |
#   Verb, API group and resource matching exactly as the Kubernetes RBAC authorizer does it, and the
#   dangerous permissions that several rules (RB004–RB013, RB017, the cross rules) look for.
#   Every function works on one PolicyRule of `input.rbac.rules` (all lists present, possibly empty);
#   callers iterate over every rule, never only the first.
package authlint.lib.rbac

# Verbs that create or change an object.
write_verbs := {"create", "update", "patch"}

# Verbs a read-only role may have.
read_verbs := {"get", "list", "watch"}

role_kinds := {"Role", "ClusterRole"}

binding_kinds := {"RoleBinding", "ClusterRoleBinding"}

grants_verb(rule, _) if "*" in rule.verbs

grants_verb(rule, verb) if verb in rule.verbs

grants_group(rule, _) if "*" in rule.apiGroups

grants_group(rule, group) if group in rule.apiGroups

# resource_covers follows the authorizer's ResourceMatches: "*" covers every resource and
# subresource, "*/sub" covers subresource sub of every resource, anything else must be equal
# ("pods/*" is not a wildcard in Kubernetes, and "cronjob" does not cover "cronjobs").
resource_covers(pattern, _) if pattern == "*"

resource_covers(pattern, resource) if pattern == resource

resource_covers(pattern, resource) if {
	parts := split(resource, "/")
	count(parts) == 2
	pattern == concat("/", ["*", parts[1]])
}

# resource_indexes are the positions in rule.resources of the entries that cover resource.
resource_indexes(rule, resource) := {i | some i, pattern in rule.resources; resource_covers(pattern, resource)}

# unrestricted holds when the rule does not name the objects it applies to.
unrestricted(rule) if count(rule.resourceNames) == 0

# perms is every [apiGroup, resource, verb] combination of the three sets.
perms(groups, resources, verbs) := {[g, r, v] | some g in groups; some r in resources; some v in verbs}

# granted is the subset of perms the rule grants, as "verb resource" strings for messages.
granted(rule, wanted) := {sprintf("%s %s", [p[2], p[1]]) |
	some p in wanted
	grants_group(rule, p[0])
	grants_verb(rule, p[2])
	some pattern in rule.resources
	resource_covers(pattern, p[1])
}

# full_wildcard holds for a rule that grants every verb on every resource of every group.
full_wildcard(rule) if {
	"*" in rule.apiGroups
	"*" in rule.resources
	"*" in rule.verbs
}

# RB004: reading secrets. A get restricted by resourceNames reads only the named secrets;
# list and watch return every secret whatever resourceNames says.
secret_reads(rule) := granted(rule, perms({""}, {"secrets"}, {"list", "watch"})) | secret_gets(rule)

secret_gets(rule) := granted(rule, perms({""}, {"secrets"}, {"get"})) if unrestricted(rule)

else := set()

# [apiGroup, resource] of everything that runs pods.
workload_resources := {
	["", "pods"],
	["", "replicationcontrollers"],
	["apps", "deployments"],
	["apps", "daemonsets"],
	["apps", "statefulsets"],
	["apps", "replicasets"],
	["extensions", "deployments"],
	["extensions", "daemonsets"],
	["extensions", "replicasets"],
	["batch", "jobs"],
	["batch", "cronjobs"],
}

# RB005: creating or changing anything that runs pods. resourceNames does not help: whoever can
# patch one named deployment can run any image with its service account.
workload_writes(rule) := {w |
	some gr in workload_resources
	some w in granted(rule, perms({gr[0]}, {gr[1]}, write_verbs))
}

# RB006: exec, attach, port-forward (create, or get for the websocket upgrade) and ephemeral
# containers (update/patch).
pod_access(rule) := granted(rule, perms({""}, {"pods/exec", "pods/attach", "pods/portforward"}, {"create", "get"})) | granted(rule, perms({""}, {"pods/ephemeralcontainers"}, {"update", "patch"}))

# RB007: the kubelet API through the API server proxy.
node_proxy(rule) := granted(rule, perms({""}, {"nodes/proxy"}, {"get", "create"}))

rbac_group := "rbac.authorization.k8s.io"

# RB008: granting oneself more than one holds.
rbac_escalation(rule) := (granted(rule, perms({rbac_group}, {"roles", "clusterroles"}, {"escalate", "bind"})) | granted(rule, perms({rbac_group}, {"rolebindings", "clusterrolebindings"}, write_verbs)))

# RB009: acting as another user, group, service account, uid or extra.
impersonation(rule) := granted(rule, perms({""}, {"users", "groups", "serviceaccounts"}, {"impersonate"})) | granted(rule, perms({"authentication.k8s.io"}, {"uids"}, {"impersonate"})) | userextras_impersonation(rule)

userextras_impersonation(rule) := {"impersonate userextras" |
	grants_group(rule, "authentication.k8s.io")
	grants_verb(rule, "impersonate")
	some pattern in rule.resources
	userextras_pattern(pattern)
}

userextras_pattern(pattern) if pattern == "*"

userextras_pattern(pattern) if startswith(pattern, "userextras/")

# RB010: minting credentials for a service account.
token_minting(rule) := granted(rule, perms({""}, {"serviceaccounts/token", "secrets"}, {"create"}))

# RB011, first half: the approval subresource of CSRs.
csr_approval_writes(rule) := granted(rule, perms({"certificates.k8s.io"}, {"certificatesigningrequests/approval"}, {"update", "patch"}))

# RB011, second half: approve on a signer (resourceNames may name signers; any grant counts).
signer_approval(rule) if {
	grants_group(rule, "certificates.k8s.io")
	grants_verb(rule, "approve")
	some pattern in rule.resources
	resource_covers(pattern, "signers")
}

# RB012: admission webhooks see, and may rewrite, every object sent to the API server.
webhook_writes(rule) := granted(rule, perms({"admissionregistration.k8s.io"}, {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"}, write_verbs))

# RB013, per rule: writing configmaps in a way that can reach aws-auth. create cannot be restricted
# by name, so a named rule reaches aws-auth only through update/patch when it names aws-auth.
configmap_writes(rule) := granted(rule, perms({""}, {"configmaps"}, write_verbs)) if unrestricted(rule)

else := granted(rule, perms({""}, {"configmaps"}, {"update", "patch"})) if "aws-auth" in rule.resourceNames

else := set()

# reaches_kube_system holds for a role whose grants can apply in kube-system, where aws-auth lives.
reaches_kube_system(role) if role.kind == "ClusterRole"

reaches_kube_system(role) if {
	role.kind == "Role"
	role.namespace == "kube-system"
}

# RB013: writing the aws-auth ConfigMap.
aws_auth_writes(role, rule) := configmap_writes(rule) if reaches_kube_system(role)

else := set()

# risky is every RB004–RB013 permission of a role, as [rule id, rule index, description].
risky(role) := {[id, i, d] |
	some i, rule in role.rules
	some id, found in rule_risks(role, rule)
	some d in found
}

rule_risks(role, rule) := {
	"RB004": secret_reads(rule),
	"RB005": workload_writes(rule),
	"RB006": pod_access(rule),
	"RB007": node_proxy(rule),
	"RB008": rbac_escalation(rule),
	"RB009": impersonation(rule),
	"RB010": token_minting(rule),
	"RB011": csr_approvals(role, rule),
	"RB012": webhook_writes(rule),
	"RB013": aws_auth_writes(role, rule),
}

# RB011 needs both halves in the same role, possibly in different rules.
csr_approvals(role, rule) := csr_approval_writes(rule) if {
	some other in role.rules
	signer_approval(other)
}

else := set()

# resource_path locates, in the role, the first resources entry of rule i that covers one of
# resources (the rule itself when none does, e.g. for a nonResourceURLs rule).
resource_path(i, rule, resources) := ["rbac", "rules", i, "resources", min(found)] if {
	found := {k | some r in resources; some k in resource_indexes(rule, r)}
	count(found) > 0
} else := ["rbac", "rules", i]

# describe names a role in messages: "ClusterRole foo" or "Role ns/foo".
describe(role) := sprintf("%s %s", [role.kind, name_of(role)]) if role.kind in {"ClusterRole", "ClusterRoleBinding"}

else := sprintf("%s %s/%s", [role.kind, role.namespace, name_of(role)]) if is_string(role.namespace)

else := sprintf("%s %s", [role.kind, name_of(role)])

name_of(role) := role.name if is_string(role.name)

else := "(unnamed)"

# listing renders a set of "verb resource" grants for messages, compactly: resources that are granted the
# same verbs share one entry, e.g. {"get secrets", "list secrets", "get configmaps"} gives
# "get configmaps; get/list secrets".
listing(grants) := concat("; ", sort({entry |
	some verbs in {verbs_granted(grants, r) | some r in resources_granted(grants)}
	resources := sort([r | some r in resources_granted(grants); verbs_granted(grants, r) == verbs])
	entry := sprintf("%s %s", [concat("/", sort(verbs)), concat(", ", resources)])
}))

resources_granted(grants) := {parts[1] | some g in grants; parts := split(g, " ")}

verbs_granted(grants, resource) := {parts[0] | some g in grants; parts := split(g, " "); parts[1] == resource}

workload_resource_names := {gr[1] | some gr in workload_resources}

# Benchmark policy: RBAC lint rules over one Role or ClusterRole document (the raw Kubernetes object).
# Written like production rules -- helper sets, comprehensions over .rules, several findings per role --
# so that `authlint bench` measures the kind of evaluation authlint's own policies do.
package bench.rbac

read_verbs := {"get", "list", "watch"}

write_verbs := {"create", "update", "patch", "delete", "deletecollection"}

escalation_verbs := {"escalate", "bind"}

impersonation_resources := {"users", "groups", "serviceaccounts", "userextras", "uids"}

workload_resources := {"pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs"}

# Rules of the role that apply to the core API group (or every group).
core_rules := [rule |
	some rule in input.rules
	some group in object.get(rule, "apiGroups", [""])
	group in {"", "*"}
]

# Verbs a rule grants, with "*" standing for everything.
granted(rule, verb) if "*" in rule.verbs

granted(rule, verb) if verb in rule.verbs

covers(rule, resource) if "*" in rule.resources

covers(rule, resource) if resource in rule.resources

name := object.get(input.metadata, "name", "<unnamed>")

deny contains msg if {
	some i, rule in input.rules
	"*" in rule.verbs
	msg := sprintf("%s %s: rule %d grants every verb ('*')", [input.kind, name, i])
}

deny contains msg if {
	some i, rule in input.rules
	"*" in rule.resources
	"*" in object.get(rule, "apiGroups", [])
	msg := sprintf("%s %s: rule %d grants every resource in every API group (cluster-admin equivalent)", [input.kind, name, i])
}

deny contains msg if {
	readable := {verb |
		some rule in core_rules
		covers(rule, "secrets")
		some verb in read_verbs
		granted(rule, verb)
	}
	count(readable) > 0
	msg := sprintf("%s %s: can read secrets (%s)", [input.kind, name, concat(", ", sort(readable))])
}

deny contains msg if {
	some rule in core_rules
	some sub in ["pods/exec", "pods/attach", "pods/portforward"]
	covers(rule, sub)
	granted(rule, "create")
	msg := sprintf("%s %s: can %s into pods", [input.kind, name, trim_prefix(sub, "pods/")])
}

deny contains msg if {
	some rule in input.rules
	some group in object.get(rule, "apiGroups", [])
	group in {"rbac.authorization.k8s.io", "*"}
	some verb in escalation_verbs
	granted(rule, verb)
	msg := sprintf("%s %s: can %s roles (privilege escalation)", [input.kind, name, verb])
}

deny contains msg if {
	targets := {resource |
		some rule in input.rules
		granted(rule, "impersonate")
		some resource in impersonation_resources
		covers(rule, resource)
	}
	count(targets) > 0
	msg := sprintf("%s %s: can impersonate %s", [input.kind, name, concat(", ", sort(targets))])
}

warn contains msg if {
	creatable := {resource |
		some rule in input.rules
		some resource in workload_resources
		covers(rule, resource)
		some verb in write_verbs
		granted(rule, verb)
	}
	count(creatable) > 2
	msg := sprintf("%s %s: can create or change %d kinds of workload", [input.kind, name, count(creatable)])
}

deny contains msg if {
	some rule in core_rules
	covers(rule, "nodes/proxy")
	granted(rule, "get")
	msg := sprintf("%s %s: nodes/proxy gives kubelet API access", [input.kind, name])
}

deny contains msg if {
	some rule in input.rules
	"admissionregistration.k8s.io" in object.get(rule, "apiGroups", [])
	some resource in ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]
	covers(rule, resource)
	some verb in write_verbs
	granted(rule, verb)
	msg := sprintf("%s %s: can %s %s", [input.kind, name, verb, resource])
}

deny contains msg if {
	some rule in core_rules
	covers(rule, "serviceaccounts/token")
	granted(rule, "create")
	msg := sprintf("%s %s: can mint service account tokens", [input.kind, name])
}

warn contains msg if {
	input.kind == "ClusterRole"
	named := [n | some rule in input.rules; some n in object.get(rule, "resourceNames", [])]
	count(named) == 0
	broad := [rule | some rule in input.rules; count(rule.resources) > 5]
	count(broad) > 0
	msg := sprintf("%s %s: %d rules list more than 5 resources without resourceNames", [input.kind, name, count(broad)])
}

# The bench query: every finding for one document.
findings := {"deny": deny, "warn": warn}

package authlint.rules.RB012

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


test_patch_mutating_webhooks if {
	count(deny) == 1 with input as role([rule(["admissionregistration.k8s.io"], ["mutatingwebhookconfigurations"], ["patch"])])
}

test_star_group if {
	count(deny) == 1 with input as role([rule(["*"], ["validatingwebhookconfigurations"], ["create"])])
}

test_read_webhooks_is_fine if {
	count(deny) == 0 with input as role([rule(["admissionregistration.k8s.io"], ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], ["get", "list", "watch"])])
}

test_policies_are_not_webhooks if {
	count(deny) == 0 with input as role([rule(["admissionregistration.k8s.io"], ["validatingadmissionpolicies"], ["create"])])
}

package authlint.rules.RB011

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs, "resourceNames": [], "nonResourceURLs": []}

named(groups, resources, verbs, names) := object.union(rule(groups, resources, verbs), {"resourceNames": names})

role(rules) := {"rbac": {"kind": "ClusterRole", "name": "r", "namespace": null, "rules": rules}}


approval := rule(["certificates.k8s.io"], ["certificatesigningrequests/approval"], ["update"])

signer := named(["certificates.k8s.io"], ["signers"], ["approve"], ["kubernetes.io/kube-apiserver-client"])

test_approval_and_signer_in_two_rules if {
	f := deny with input as role([signer, approval])
	{x.path | some x in f} == {["rbac", "rules", 1, "resources", 0]}
}

test_both_in_one_star_rule if {
	count(deny) == 1 with input as role([rule(["certificates.k8s.io"], ["*"], ["*"])])
}

test_approval_without_signer_is_fine if {
	count(deny) == 0 with input as role([approval])
}

test_creating_csrs_is_fine if {
	count(deny) == 0 with input as role([rule(["certificates.k8s.io"], ["certificatesigningrequests"], ["create", "get"]), signer])
}

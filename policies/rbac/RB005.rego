# METADATA
# title: Role creates or changes workloads
# description: |
#   create, update or patch on `pods`, `deployments`, `daemonsets`, `statefulsets`,
#   `replicasets`, `jobs`, `cronjobs` or `replicationcontrollers` lets the holder run any image
#   with any service account of the namespace, and mount its secrets. `resourceNames` does not help:
#   patching one named deployment is enough to run arbitrary code as it.
# custom:
#   id: RB005
#   name: rbac-workload-write
#   severity: high
#   input: rbac
#   scope: document
#   remediation: |
#     Let a CI or GitOps identity deploy instead, or limit the role to the workload kinds it manages.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation
#   related:
#     - Trivy KSV048
#     - kube-linter access-to-create-pods
package authlint.rules.RB005

import data.authlint.lib.rbac

deny contains {"msg": msg, "path": rbac.resource_path(i, rule, rbac.workload_resource_names)} if {
	some i, rule in input.rbac.rules
	found := rbac.workload_writes(rule)
	count(found) > 0
	msg := sprintf("%s rule %d grants %s; whoever can run a pod can mount any secret and use any service account of the namespace, or a privileged pod on a node. Let a CI or GitOps identity deploy instead, or limit the role to the workload kinds it manages.", [rbac.describe(input.rbac), i, rbac.listing(found)])
}

package rbac

import data.lib.limits

deny contains input.metadata.name if {
	some rule in input.rules
	"*" in rule.verbs
}

too_many if count(input.rules) > limits.max_rules

owner := data.lib.owners[input.metadata.name]

label(name) := [name]

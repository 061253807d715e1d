# METADATA
# title: Rule parameters
# description: |
#   Reads rule parameters from `data.authlint.params` (the `params` of `.authlint.yaml`) with a
#   documented default. Rules read only their own parameter path, never the whole `data` tree, so
#   evaluating a parameter never depends on the rules themselves.
package authlint.lib.params

# get returns data.authlint.params[name], or fallback when the parameter is not set.
get(name, fallback) := value if {
	value := data.authlint.params[name]
} else := fallback

# lower_set returns the parameter as a set of lower-cased strings (ARNs and account ids are
# compared case-insensitively).
lower_set(name) := {lower(v) | some v in get(name, []); is_string(v)}

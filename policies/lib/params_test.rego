package authlint.lib.params_test

import data.authlint.lib.params

test_get_returns_fallback_when_unset if {
	params.get("breakGlassArns", ["x"]) == ["x"]
}

test_get_returns_configured_value if {
	params.get("breakGlassArns", []) == ["arn:aws:iam::111122223333:role/BreakGlass"] with data.authlint.params as {"breakGlassArns": ["arn:aws:iam::111122223333:role/BreakGlass"]}
}

test_lower_set_lowercases_and_drops_non_strings if {
	params.lower_set("ids") == {"arn:aws:iam::111122223333:role/a"} with data.authlint.params as {"ids": ["ARN:aws:iam::111122223333:role/A", 7]}
}

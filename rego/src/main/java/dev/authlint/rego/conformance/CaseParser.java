package dev.authlint.rego.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one raw YAML case (a map) into a {@link ConformanceCase}, interpreting the fields of its dialect. */
final class CaseParser {

    private CaseParser() {
    }

    static ConformanceCase parse(String id, String file, String note, CaseFormat format, boolean regoV0, Object raw) {
        if (!(raw instanceof Map<?, ?> fields)) {
            return malformed(id, file, note, format, regoV0, "case is not a mapping");
        }
        List<String> modules = new ArrayList<>();
        Object rawModules = fields.get("modules");
        if (rawModules instanceof List<?> list) {
            for (Object module : list) {
                modules.add(module == null ? "" : String.valueOf(module));
            }
        } else if (rawModules != null) {
            return malformed(id, file, note, format, regoV0, "'modules' is not a list");
        }
        Object query = fields.get("query");
        if (query == null) {
            return malformed(id, file, note, format, regoV0, "no 'query'");
        }
        if (fields.get("data") != null && !(fields.get("data") instanceof Map)) {
            return malformed(id, file, note, format, regoV0, "'data' is not a mapping");
        }
        boolean strict = format == CaseFormat.OPA
                ? isTrue(fields.get("strict_error"))
                : fields.containsKey("strict") ? isTrue(fields.get("strict")) : format.strictByDefault();
        Expected expected = format == CaseFormat.OPA ? opaExpectation(fields) : regorusExpectation(fields);
        List<String> prints = null;
        if (fields.get("want_prints") instanceof List<?> lines) {
            prints = lines.stream().map(String::valueOf).toList();
        }
        return new ConformanceCase(id, file, note, format, modules, regoV0, fields.get("data"),
                inputOf(fields), String.valueOf(query), strict, expected, prints, isTrue(fields.get("skip")));
    }

    private static CaseInput inputOf(Map<?, ?> fields) {
        if (fields.containsKey("input_term")) {
            return new CaseInput.Term(String.valueOf(fields.get("input_term")));
        }
        if (!fields.containsKey("input")) {
            return new CaseInput.Undefined();
        }
        Object input = fields.get("input");
        if (input instanceof Map<?, ?> map && map.size() == 1 && map.get("many!") instanceof List<?> many) {
            return new CaseInput.Many(new ArrayList<>(many));
        }
        return new CaseInput.Document(input);
    }

    private static Expected opaExpectation(Map<?, ?> fields) {
        boolean wantsError = fields.containsKey("want_error") || fields.containsKey("want_error_code");
        Expected.Failure failure = wantsError
                ? new Expected.Failure(stringOrNull(fields.get("want_error_code")), stringOrNull(fields.get("want_error")))
                : null;
        Expected.BindingRows rows = null;
        if (fields.containsKey("want_result")) {
            Object want = fields.get("want_result");
            List<Map<String, Object>> parsed = new ArrayList<>();
            if (want instanceof List<?> list) {
                for (Object row : list) {
                    if (!(row instanceof Map<?, ?> bindings)) {
                        return new Expected.Malformed("'want_result' row is not a mapping of variables: " + row);
                    }
                    Map<String, Object> copy = new LinkedHashMap<>();
                    bindings.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    parsed.add(copy);
                }
            } else if (want != null) {
                return new Expected.Malformed("'want_result' is not a list of binding sets");
            }
            rows = new Expected.BindingRows(parsed, isTrue(fields.get("sort_bindings")));
        }
        if (failure != null && rows != null) {
            return isTrue(fields.get("strict_error"))
                    ? new Expected.StrictFailureElseRows(failure, rows)
                    : new Expected.Malformed("expects both an error and a result without 'strict_error'");
        }
        if (failure != null) {
            return failure;
        }
        if (rows != null) {
            return rows;
        }
        return new Expected.Malformed("neither 'want_result' nor 'want_error'/'want_error_code'");
    }

    private static Expected regorusExpectation(Map<?, ?> fields) {
        if (fields.containsKey("error")) {
            return new Expected.Failure(null, stringOrNull(fields.get("error")));
        }
        if (fields.containsKey("want_result")) {
            Object want = fields.get("want_result");
            if (want instanceof Map<?, ?> map && map.size() == 1 && map.get("many!") instanceof List<?> many) {
                return new Expected.ResultValues(new ArrayList<>(many));
            }
            List<Object> single = new ArrayList<>();
            single.add(want);
            return new Expected.ResultValues(single);
        }
        if (isTrue(fields.get("no_result"))) {
            return new Expected.Success();
        }
        return new Expected.Malformed("neither 'want_result', 'error' nor 'no_result'");
    }

    private static ConformanceCase malformed(String id, String file, String note, CaseFormat format, boolean regoV0,
            String why) {
        return new ConformanceCase(id, file, note, format, List.of(), regoV0, null, new CaseInput.Undefined(), "",
                format.strictByDefault(), new Expected.Malformed(why), null, false);
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}

package dev.authlint.rego.conformance;

import java.util.List;
import java.util.Objects;

/**
 * One conformance case, as read from a YAML file. Values stay in their YAML/Java form until a run converts
 * them, so loading needs no engine.
 *
 * @param id           stable identity used by the skip list and in reports: {@code <file> :: <note>}, with
 *                     {@code #n} appended to the note when it repeats in the file (n = 1-based occurrence)
 * @param file         file path relative to the directory the run started from, with {@code /} separators
 * @param note         the case's {@code note}
 * @param format       dialect of the file
 * @param modules      Rego module sources, named by {@link CaseFormat#moduleName(int)}
 * @param regoV0       parse modules as Rego v0 (a module importing {@code rego.v1} is still v1)
 * @param data         base document (YAML value) or null for none
 * @param input        input document(s)
 * @param query        the query
 * @param strict       strict builtin errors
 * @param expected     what the case expects
 * @param wantPrints   expected {@code print()} lines, or null when not checked
 * @param upstreamSkip the upstream file marks the case {@code skip: true} (informational only: skips come
 *                     from the checked-in skip list)
 */
public record ConformanceCase(
        String id,
        String file,
        String note,
        CaseFormat format,
        List<String> modules,
        boolean regoV0,
        Object data,
        CaseInput input,
        String query,
        boolean strict,
        Expected expected,
        List<String> wantPrints,
        boolean upstreamSkip) {

    public ConformanceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
        note = note == null ? "" : note;
        query = query == null ? "" : query;
        modules = List.copyOf(modules);
        wantPrints = wantPrints == null ? null : List.copyOf(wantPrints);
    }
}

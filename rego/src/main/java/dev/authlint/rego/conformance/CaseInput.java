package dev.authlint.rego.conformance;

import java.util.List;

/** The {@code input} document(s) of a case, as written in the YAML file. */
public sealed interface CaseInput {

    /** No input: {@code input} is undefined during evaluation. */
    record Undefined() implements CaseInput {
    }

    /** A plain YAML/JSON value ({@code input:}). */
    record Document(Object yaml) implements CaseInput {
    }

    /** Rego term source ({@code input_term:}) that can express sets and non-string keys. */
    record Term(String regoSource) implements CaseInput {
    }

    /** regorus's {@code {many!: [...]}}: the query runs once per input and the results are concatenated. */
    record Many(List<Object> yamlDocuments) implements CaseInput {
        public Many {
            yamlDocuments = List.copyOf(yamlDocuments);
        }
    }
}

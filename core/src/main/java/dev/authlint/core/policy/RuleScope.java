package dev.authlint.core.policy;

/** What a policy receives as {@code input} and how often it runs (see docs/input-schema.md). */
public enum RuleScope {
    /** Once per document envelope that has the rule's input section. */
    DOCUMENT,
    /** Once per run, on {@code {"documents": [envelope, …]}}. */
    REPOSITORY,
    /** Conftest style: once per document, on the raw document (the envelope's {@code document}). */
    RAW_DOCUMENT
}

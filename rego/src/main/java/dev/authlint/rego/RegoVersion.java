package dev.authlint.rego;

/**
 * The Rego language version a module is parsed with.
 *
 * <p>As in OPA, the version is a per-module parser setting: {@link #V1} (OPA 1.x syntax) is the
 * default, {@link #V0} accepts the older syntax, and a v0 module containing {@code import rego.v1}
 * is parsed as v1.
 */
public enum RegoVersion {
    /** Pre-1.0 syntax: {@code if}, {@code contains}, {@code in} and {@code every} only after future imports. */
    V0,
    /** OPA 1.x syntax: {@code if} and {@code contains} required, all keywords always on, stricter compile checks. */
    V1
}

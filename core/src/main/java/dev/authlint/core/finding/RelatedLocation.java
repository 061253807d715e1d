package dev.authlint.core.finding;

/** A secondary location of a finding, e.g. one link of an IAM -> aws-auth -> RBAC chain. */
public record RelatedLocation(SourceLocation location, String message) {
}

package dev.authlint.core.model;

import java.util.Locale;

/** authlint's classification of a document, the envelope's {@code kind}. */
public enum DocumentKind {
    AWS_AUTH("aws-auth"),
    RBAC("rbac"),
    IAM("iam"),
    EKSCTL("eksctl"),
    CLOUDFORMATION("cloudformation"),
    TERRAFORM("terraform"),
    OTHER("other");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    /** The name used in envelopes and counts, e.g. {@code aws-auth}. */
    public String id() {
        return id;
    }

    /** The kind with this id (case-insensitive), or OTHER. */
    public static DocumentKind fromId(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return OTHER;
    }
}

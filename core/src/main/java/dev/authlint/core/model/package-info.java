/**
 * The document model policies read: classification of each parsed document and its normalization into the
 * envelope of docs/input-schema.md ({@link dev.authlint.core.model.DocumentEnvelope}), with the aws-auth,
 * RBAC, IAM (standalone, CloudFormation, Terraform JSON) and eksctl sections.
 */
package dev.authlint.core.model;

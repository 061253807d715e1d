package dev.authlint.core.model;

import dev.authlint.core.source.JsonLoader;
import dev.authlint.core.source.LineIndex;
import dev.authlint.core.source.ParseLimits;
import dev.authlint.core.source.ParsedDocument;
import dev.authlint.core.source.PositionNode;
import dev.authlint.core.source.Span;
import dev.authlint.core.source.YamlLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies parsed documents and normalizes them into the envelopes of docs/input-schema.md. A Kubernetes
 * {@code List} (any kind ending in {@code List} with an {@code items} array) gives one envelope per item.
 */
public final class EnvelopeFactory {

    private final YamlLoader yaml;
    private final JsonLoader json;

    /** @param limits safety limits for YAML and JSON parsed out of strings (aws-auth, Terraform policies) */
    public EnvelopeFactory(ParseLimits limits) {
        this.yaml = new YamlLoader(limits);
        this.json = new JsonLoader(limits);
    }

    /** The envelopes of one parsed document of {@code file}, whose text is indexed by {@code lines}. */
    public List<DocumentEnvelope> envelopes(String file, ParsedDocument document, LineIndex lines) {
        Located doc = new Located(document.value(), document.positions());
        EmbeddedParser embedded = new EmbeddedParser(lines, yaml, json);
        List<DocumentEnvelope> out = new ArrayList<>();
        String kind = doc.get("kind").string();
        Located items = doc.get("items");
        if (kind != null && kind.endsWith("List") && items.isList()) {
            List<Located> list = items.items();
            for (int i = 0; i < list.size(); i++) {
                out.add(envelope(file, document.index(), i, list.get(i), embedded));
            }
            return out;
        }
        out.add(envelope(file, document.index(), null, doc, embedded));
        return out;
    }

    private DocumentEnvelope envelope(String file, int docIndex, Integer itemIndex, Located doc,
                                      EmbeddedParser embedded) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        Map<String, PositionNode> positions = new LinkedHashMap<>();
        Span docSpan = doc.span() != null ? doc.span() : Span.at(1, 1);
        Map<String, Located> sections = new LinkedHashMap<>();
        DocumentKind kind = classify(file, doc, sections, embedded);
        envelope.put("file", file);
        envelope.put("docIndex", docIndex);
        envelope.put("itemIndex", itemIndex);
        envelope.put("kind", kind.id());
        envelope.put("document", doc.value());
        if (doc.positions() != null) {
            positions.put("document", doc.positions());
        }
        for (Map.Entry<String, Located> section : sections.entrySet()) {
            envelope.put(section.getKey(), section.getValue().value());
            if (section.getValue().positions() != null) {
                positions.put(section.getKey(), section.getValue().positions());
            }
        }
        return new DocumentEnvelope(file, docIndex, itemIndex, kind.id(), Collections.unmodifiableMap(envelope),
                PositionNode.mapping(docSpan, positions));
    }

    /** Decides the kind and fills the sections the document has. */
    private DocumentKind classify(String file, Located doc, Map<String, Located> sections,
                                  EmbeddedParser embedded) {
        if (!doc.isMap()) {
            return DocumentKind.OTHER;
        }
        if (AwsAuthSection.isAwsAuthConfigMap(doc)) {
            sections.put("awsAuth", AwsAuthSection.fromConfigMap(doc, embedded));
            return DocumentKind.AWS_AUTH;
        }
        if (RbacSection.isRbac(doc)) {
            sections.put("rbac", RbacSection.of(doc));
            return DocumentKind.RBAC;
        }
        if (EksctlSection.isClusterConfig(doc)) {
            EksctlSection.addSections(doc, sections);
            return DocumentKind.EKSCTL;
        }
        if (IamSection.isCloudFormation(doc)) {
            IamSection.CloudFormation template = IamSection.cloudFormation(doc);
            if (!template.accessEntries().isEmpty()) {
                sections.put("awsAuth", new SectionBuilder(doc.span())
                        .putValue("source", "cloudformation")
                        .put("accessEntries", SectionBuilder.list(doc.span(), template.accessEntries()))
                        .putValue("errors", new ArrayList<>())
                        .build());
            }
            if (!template.iam().isEmpty()) {
                sections.put("iam", template.iam().build());
            }
            return DocumentKind.CLOUDFORMATION;
        }
        if (TerraformIam.isTerraform(doc, file)) {
            Located iam = TerraformIam.of(doc, embedded);
            if (iam != null) {
                sections.put("iam", iam);
            }
            return DocumentKind.TERRAFORM;
        }
        if (IamSection.isStandalonePolicy(doc)) {
            sections.put("iam", IamSection.standalone(doc, file));
            return DocumentKind.IAM;
        }
        return DocumentKind.OTHER;
    }
}

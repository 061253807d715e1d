package dev.authlint.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM in Terraform JSON ({@code *.tf.json}): {@code aws_iam_role}/{@code user}/{@code group} principals, policies
 * of {@code aws_iam_policy} and {@code aws_iam_*_policy} (JSON strings, objects, or references to an
 * {@code aws_iam_policy_document} data source), role trust policies and {@code inline_policy} blocks.
 */
final class TerraformIam {

    private static final Pattern POLICY_DOCUMENT_REFERENCE =
            Pattern.compile("\\$\\{\\s*data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)\\.json\\s*}");

    private final IamPolicies iam;
    private final EmbeddedParser parser;
    private final Map<String, Located> policyDocuments = new LinkedHashMap<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    private TerraformIam(IamPolicies iam, EmbeddedParser parser) {
        this.iam = iam;
        this.parser = parser;
    }

    /** A {@code *.tf.json} file, or a {@code resource} object with {@code aws_*} resource types. */
    static boolean isTerraform(Located doc, String file) {
        return file.endsWith(".tf.json") || doc.get("resource").isMap() && doc.get("resource").entries().stream()
                .anyMatch(e -> e.getKey().startsWith("aws_"));
    }

    /** The {@code iam} section, or null when the configuration has no IAM content. */
    static Located of(Located doc, EmbeddedParser parser) {
        TerraformIam reader = new TerraformIam(new IamPolicies("terraform", doc.span()), parser);
        reader.read(doc);
        return reader.iam.isEmpty() ? null : reader.iam.build();
    }

    private record Block(String type, String name, Located body, List<Object> path) {
    }

    private void read(Located doc) {
        for (Block data : blocks(doc.get("data"), "data")) {
            if ("aws_iam_policy_document".equals(data.type)) {
                policyDocuments.put(data.name, PolicyDocumentBlock.toPolicy(data.body));
            }
        }
        List<Block> resources = blocks(doc.get("resource"), "resource");
        Map<String, Integer> principals = new HashMap<>();
        for (Block r : resources) {
            String principalType = switch (r.type) {
                case "aws_iam_role" -> "role";
                case "aws_iam_user" -> "user";
                case "aws_iam_group" -> "group";
                default -> null;
            };
            if (principalType != null) {
                principals.put(r.type + "." + r.name, iam.addPrincipal(principalType,
                        RbacSection.orNull(r.body.get("name")), r.type + "." + r.name, null,
                        r.body.get("managed_policy_arns"), r.body.span()));
            }
        }
        for (Block r : resources) {
            switch (r.type) {
                case "aws_iam_role" -> {
                    int owner = principals.get(r.type + "." + r.name);
                    policy(r.body.get("assume_role_policy"), r.name, "trust", owner,
                            IamSection.append(r.path, "assume_role_policy"));
                    Located inline = r.body.get("inline_policy");
                    List<Located> blocks = inline.isList() ? inline.items() : List.of(inline);
                    for (int i = 0; i < blocks.size(); i++) {
                        List<Object> at = inline.isList() ? IamSection.append(IamSection.append(r.path,
                                "inline_policy"), i) : IamSection.append(r.path, "inline_policy");
                        policy(blocks.get(i).get("policy"), blocks.get(i).get("name").value(), "identity", owner,
                                IamSection.append(at, "policy"));
                    }
                }
                case "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy" -> {
                    Object name = r.body.get("name").value() != null ? r.body.get("name").value() : r.name;
                    policy(r.body.get("policy"), name, "identity", owner(r, principals),
                            IamSection.append(r.path, "policy"));
                }
                default -> {
                }
            }
        }
        for (Map.Entry<String, Located> unused : policyDocuments.entrySet()) {
            if (!referenced.contains(unused.getKey())) {
                Located document = unused.getValue();
                iam.addPolicy(unused.getKey(), IamPolicies.hasPrincipal(document) ? "trust" : "identity", null,
                        List.of("document", "data", "aws_iam_policy_document", unused.getKey()), document);
            }
        }
    }

    /** Terraform JSON blocks: {@code {"<type>": {"<name>": {…}}}}, or a list of such objects. */
    private static List<Block> blocks(Located section, String key) {
        List<Block> out = new ArrayList<>();
        List<Located> groups = section.isList() ? section.items() : List.of(section);
        for (int g = 0; g < groups.size(); g++) {
            List<Object> base = section.isList() ? List.of("document", key, g) : List.of("document", key);
            for (Map.Entry<String, Located> type : groups.get(g).entries()) {
                for (Map.Entry<String, Located> named : type.getValue().entries()) {
                    Located body = named.getValue();
                    List<Object> path = IamSection.append(IamSection.append(base, type.getKey()), named.getKey());
                    if (body.isList() && !body.items().isEmpty()) {
                        path = IamSection.append(path, 0);
                        body = body.items().get(0);
                    }
                    out.add(new Block(type.getKey(), named.getKey(), body, path));
                }
            }
        }
        return out;
    }

    /** The principal named by {@code role}/{@code user}/{@code group}: an interpolation of its address. */
    private static Integer owner(Block r, Map<String, Integer> principals) {
        for (String key : List.of("role", "user", "group")) {
            String ref = r.body.get(key).string();
            if (ref == null) {
                continue;
            }
            for (Map.Entry<String, Integer> p : principals.entrySet()) {
                if (ref.contains(p.getKey() + ".")) {
                    return p.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Adds the policy written at {@code written}: an object, a JSON string (parsed with positions inside the
     * string), or a reference to an {@code aws_iam_policy_document}; other references are not documents.
     */
    private void policy(Located written, Object name, String type, Integer owner, List<Object> at) {
        Integer index = null;
        if (written.isMap()) {
            index = iam.addPolicy(name, type, owner, at, written);
        } else if (written.string() != null && !written.string().isBlank()) {
            String text = written.string().strip();
            Matcher reference = POLICY_DOCUMENT_REFERENCE.matcher(text);
            if (reference.matches() && policyDocuments.containsKey(reference.group(1))) {
                referenced.add(reference.group(1));
                index = iam.addPolicy(name, type, owner,
                        List.of("document", "data", "aws_iam_policy_document", reference.group(1)),
                        policyDocuments.get(reference.group(1)));
            } else if (!(text.startsWith("${") && text.endsWith("}"))) {
                index = parsed(written, name, type, owner, at);
            }
        }
        if (index != null && owner != null) {
            iam.attach(owner, index, "trust".equals(type));
        }
    }

    private Integer parsed(Located written, Object name, String type, Integer owner, List<Object> at) {
        EmbeddedParser.Outcome parsed = parser.parseJson(written.string(), written);
        if (parsed.problem() != null) {
            iam.addError(written, "policy string is not valid JSON: " + parsed.problem().message());
            return null;
        }
        if (!parsed.value().isMap()) {
            iam.addError(written, "policy string is not a JSON object");
            return null;
        }
        return iam.addPolicy(name, type, owner, at, parsed.value());
    }
}

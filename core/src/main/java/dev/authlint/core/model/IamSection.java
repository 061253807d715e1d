package dev.authlint.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds IAM policy documents and principals in standalone policies, CloudFormation templates and Terraform JSON,
 * producing the {@code iam} section (and, for CloudFormation {@code AWS::EKS::AccessEntry}, access entries for
 * the {@code awsAuth} section).
 */
final class IamSection {

    private IamSection() {
    }

    /** A standalone policy document: an object with a {@code Statement}. */
    static boolean isStandalonePolicy(Located doc) {
        return doc.get("Statement").present() && (doc.get("Version").present() || doc.get("Statement").isList()
                || doc.get("Statement").isMap());
    }

    static Located standalone(Located doc, String file) {
        IamPolicies iam = new IamPolicies("standalone", doc.span());
        String type = IamPolicies.hasPrincipal(doc) ? "trust" : "identity";
        iam.addPolicy(baseName(file), type, null, List.of("document"), doc);
        return iam.build();
    }

    /** A CloudFormation template: {@code Resources} whose entries have a {@code Type}. */
    static boolean isCloudFormation(Located doc) {
        if (doc.get("AWSTemplateFormatVersion").present()) {
            return true;
        }
        return doc.get("Resources").entries().stream()
                .anyMatch(e -> e.getValue().get("Type").string() != null
                        && e.getValue().get("Type").string().contains("::"));
    }

    /** The {@code iam} section of a template (may be empty) and its EKS access entries. */
    record CloudFormation(IamPolicies iam, List<Located> accessEntries) {
    }

    static CloudFormation cloudFormation(Located doc) {
        IamPolicies iam = new IamPolicies("cloudformation", doc.span());
        List<Located> accessEntries = new ArrayList<>();
        Map<String, Integer> principals = new HashMap<>();
        List<Map.Entry<String, Located>> resources = doc.get("Resources").entries();
        for (Map.Entry<String, Located> r : resources) {
            String type = r.getValue().get("Type").string();
            String principalType = type == null ? null : switch (type) {
                case "AWS::IAM::Role" -> "role";
                case "AWS::IAM::User" -> "user";
                case "AWS::IAM::Group" -> "group";
                default -> null;
            };
            if (principalType == null) {
                continue;
            }
            Located props = r.getValue().get("Properties");
            String nameKey = principalType.substring(0, 1).toUpperCase() + principalType.substring(1) + "Name";
            int index = iam.addPrincipal(principalType, RbacSection.orNull(props.get(nameKey)), r.getKey(), null,
                    props.get("ManagedPolicyArns"), r.getValue().span());
            principals.put(r.getKey(), index);
        }
        for (Map.Entry<String, Located> r : resources) {
            String logicalId = r.getKey();
            String type = r.getValue().get("Type").string();
            Located props = r.getValue().get("Properties");
            List<Object> at = List.of("document", "Resources", logicalId, "Properties");
            if (type == null) {
                continue;
            }
            switch (type) {
                case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
                    int owner = principals.get(logicalId);
                    Located trust = props.get("AssumeRolePolicyDocument");
                    if (trust.isMap()) {
                        int p = iam.addPolicy(logicalId, "trust", owner, append(at, "AssumeRolePolicyDocument"),
                                trust);
                        iam.attach(owner, p, true);
                    }
                    List<Located> inline = props.get("Policies").items();
                    for (int i = 0; i < inline.size(); i++) {
                        Located document = inline.get(i).get("PolicyDocument");
                        if (document.isMap()) {
                            int p = iam.addPolicy(inline.get(i).get("PolicyName").value(), "identity", owner,
                                    append(append(append(at, "Policies"), i), "PolicyDocument"), document);
                            iam.attach(owner, p, false);
                        }
                    }
                }
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> {
                    Located document = props.get("PolicyDocument");
                    if (!document.isMap()) {
                        continue;
                    }
                    List<Integer> owners = owners(props, principals);
                    Object name = props.get("AWS::IAM::Policy".equals(type) ? "PolicyName" : "ManagedPolicyName")
                            .value();
                    int p = iam.addPolicy(name != null ? name : logicalId, "identity",
                            owners.isEmpty() ? null : owners.get(0), append(at, "PolicyDocument"), document);
                    owners.forEach(o -> iam.attach(o, p, false));
                }
                case "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy" -> {
                    // The newer single-principal inline policy resources name their owner in RoleName etc.
                    Located document = props.get("PolicyDocument");
                    if (!document.isMap()) {
                        continue;
                    }
                    String ownerKey = type.substring("AWS::IAM::".length(), type.length() - "Policy".length())
                            + "Name";
                    String ref = props.get(ownerKey, "Ref").string();
                    Integer owner = ref == null ? null : principals.get(ref);
                    Object name = props.get("PolicyName").value();
                    int p = iam.addPolicy(name != null ? name : logicalId, "identity", owner,
                            append(at, "PolicyDocument"), document);
                    if (owner != null) {
                        iam.attach(owner, p, false);
                    }
                }
                case "AWS::EKS::AccessEntry" -> accessEntries.add(AccessEntries.fromCloudFormation(props));
                default -> {
                }
            }
        }
        return new CloudFormation(iam, accessEntries);
    }

    /** The principals a policy resource attaches to, through {@code Roles}/{@code Users}/{@code Groups} refs. */
    private static List<Integer> owners(Located props, Map<String, Integer> principals) {
        List<Integer> out = new ArrayList<>();
        for (String key : List.of("Roles", "Users", "Groups")) {
            for (Located ref : props.get(key).items()) {
                String logicalId = ref.get("Ref").string();
                if (logicalId != null && principals.containsKey(logicalId)) {
                    out.add(principals.get(logicalId));
                }
            }
        }
        return out;
    }

    /** Terraform JSON: a {@code resource} object (or list of objects) with {@code aws_*} resource types. */
    static boolean isTerraform(Located doc, String file) {
        return file.endsWith(".tf.json") || doc.get("resource").isMap() && doc.get("resource").entries().stream()
                .anyMatch(e -> e.getKey().startsWith("aws_"));
    }

    static Located terraform(Located doc, EmbeddedParser parser) {
        IamPolicies iam = new IamPolicies("terraform", doc.span());
        List<Resource> resources = terraformResources(doc.get("resource"));
        Map<String, Integer> principals = new HashMap<>();
        for (Resource r : resources) {
            String principalType = switch (r.type) {
                case "aws_iam_role" -> "role";
                case "aws_iam_user" -> "user";
                case "aws_iam_group" -> "group";
                default -> null;
            };
            if (principalType != null) {
                int index = iam.addPrincipal(principalType, RbacSection.orNull(r.body.get("name")),
                        r.type + "." + r.name, null, r.body.get("managed_policy_arns"), r.body.span());
                principals.put(r.type + "." + r.name, index);
            }
        }
        for (Resource r : resources) {
            switch (r.type) {
                case "aws_iam_role" -> {
                    int owner = principals.get(r.type + "." + r.name);
                    Integer p = policyString(iam, parser, r.body.get("assume_role_policy"), r.name, "trust", owner,
                            append(r.path, "assume_role_policy"));
                    if (p != null) {
                        iam.attach(owner, p, true);
                    }
                    List<Located> inline = r.body.get("inline_policy").isList() ? r.body.get("inline_policy").items()
                            : List.of(r.body.get("inline_policy"));
                    for (int i = 0; i < inline.size(); i++) {
                        List<Object> at = r.body.get("inline_policy").isList()
                                ? append(append(r.path, "inline_policy"), i) : append(r.path, "inline_policy");
                        Integer q = policyString(iam, parser, inline.get(i).get("policy"),
                                inline.get(i).get("name").value(), "identity", owner, append(at, "policy"));
                        if (q != null) {
                            iam.attach(owner, q, false);
                        }
                    }
                }
                case "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy" -> {
                    Integer owner = terraformOwner(r, principals);
                    Object name = r.body.get("name").value() != null ? r.body.get("name").value() : r.name;
                    Integer p = policyString(iam, parser, r.body.get("policy"), name, "identity", owner,
                            append(r.path, "policy"));
                    if (p != null && owner != null) {
                        iam.attach(owner, p, false);
                    }
                }
                default -> {
                }
            }
        }
        return iam.isEmpty() ? null : iam.build();
    }

    private record Resource(String type, String name, Located body, List<Object> path) {
    }

    private static List<Resource> terraformResources(Located resource) {
        List<Resource> out = new ArrayList<>();
        List<Located> blocks = resource.isList() ? resource.items() : List.of(resource);
        for (int b = 0; b < blocks.size(); b++) {
            List<Object> base = resource.isList() ? List.of("document", "resource", b) : List.of("document", "resource");
            for (Map.Entry<String, Located> type : blocks.get(b).entries()) {
                for (Map.Entry<String, Located> named : type.getValue().entries()) {
                    Located body = named.getValue();
                    List<Object> path = append(append(base, type.getKey()), named.getKey());
                    if (body.isList() && !body.items().isEmpty()) {
                        path = append(path, 0);
                        body = body.items().get(0);
                    }
                    out.add(new Resource(type.getKey(), named.getKey(), body, path));
                }
            }
        }
        return out;
    }

    /** The principal named by {@code role}/{@code user}/{@code group}: an interpolation of its id, or its name. */
    private static Integer terraformOwner(Resource r, Map<String, Integer> principals) {
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

    /** Parses a policy given as a JSON string (or written as an object); null when absent or an expression. */
    private static Integer policyString(IamPolicies iam, EmbeddedParser parser, Located written, Object name,
                                        String type, Integer owner, List<Object> at) {
        if (written.isMap()) {
            return iam.addPolicy(name, type, owner, at, written);
        }
        String text = written.string();
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("${") && trimmed.endsWith("}")) {
            return null; // a reference such as ${data.aws_iam_policy_document.x.json}: not written here
        }
        EmbeddedParser.Outcome parsed = parser.parseJson(text, written);
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

    static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(step);
        return List.copyOf(out);
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

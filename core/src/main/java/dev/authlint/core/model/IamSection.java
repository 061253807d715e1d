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

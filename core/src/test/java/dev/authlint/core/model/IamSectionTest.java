package dev.authlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.authlint.core.finding.SourceLocation;
import dev.authlint.core.scan.ScanOptions;
import dev.authlint.core.scan.ScanResult;
import dev.authlint.core.scan.Scanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamSectionTest {

    private static DocumentEnvelope single(String name, String text) {
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText(name, text);
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.documents().size());
        return r.documents().get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object root, Object... path) {
        Object v = root;
        for (Object step : path) {
            v = step instanceof Integer i ? ((List<Object>) v).get(i) : ((Map<String, Object>) v).get(step);
        }
        return (T) v;
    }

    private static String pos(SourceLocation l) {
        return l.line() + ":" + l.column();
    }

    private static final String TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\n"    // 1
            + "Resources:\n"                                                                // 2
            + "  NodeRole:\n"                                                               // 3
            + "    Type: AWS::IAM::Role\n"                                                  // 4
            + "    Properties:\n"                                                           // 5
            + "      RoleName: !Sub 'node-${Env}'\n"                                        // 6
            + "      AssumeRolePolicyDocument:\n"                                           // 7
            + "        Version: '2012-10-17'\n"                                             // 8
            + "        Statement:\n"                                                        // 9
            + "          - Effect: Allow\n"                                                 // 10
            + "            Principal: {Service: ec2.amazonaws.com}\n"                       // 11
            + "            Action: sts:AssumeRole\n"                                        // 12
            + "      ManagedPolicyArns:\n"                                                  // 13
            + "        - arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy\n"               // 14
            + "      Policies:\n"                                                           // 15
            + "        - PolicyName: inline\n"                                              // 16
            + "          PolicyDocument:\n"                                                 // 17
            + "            Statement:\n"                                                    // 18
            + "              Effect: Allow\n"                                               // 19
            + "              Action: '*'\n"                                                 // 20
            + "              Resource: !GetAtt Bucket.Arn\n"                                // 21
            + "  Admin:\n"                                                                  // 22
            + "    Type: AWS::IAM::ManagedPolicy\n"                                         // 23
            + "    Properties:\n"                                                           // 24
            + "      Roles: [!Ref NodeRole]\n"                                              // 25
            + "      PolicyDocument:\n"                                                     // 26
            + "        Version: '2012-10-17'\n"                                             // 27
            + "        Statement:\n"                                                        // 28
            + "          - Effect: Allow\n"                                                 // 29
            + "            Action: [eks:*, iam:PassRole]\n"                                 // 30
            + "            Resource: '*'\n"                                                 // 31
            + "  Entry:\n"                                                                  // 32
            + "    Type: AWS::EKS::AccessEntry\n"                                           // 33
            + "    Properties:\n"                                                           // 34
            + "      PrincipalArn: arn:aws:iam::111122223333:role/admin\n"                  // 35
            + "      AccessPolicies:\n"                                                     // 36
            + "        - PolicyArn: arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy\n" // 37
            + "          AccessScope: {Type: cluster}\n";                                   // 38

    @Test
    void cloudFormationStatementActionHasLineAndColumn() {
        DocumentEnvelope env = single("stack.yaml", TEMPLATE);
        assertEquals("cloudformation", env.kind());
        Map<String, Object> iam = at(env.envelope(), "iam");
        assertEquals("cloudformation", iam.get("source"));
        List<Map<String, Object>> policies = at(iam, "policies");
        assertEquals(3, policies.size());
        assertEquals("trust", policies.get(0).get("type"));
        assertEquals(List.of("ec2.amazonaws.com"), at(policies.get(0), "Statement", 0, "Principal", "Service"));
        // inline policy: Statement written as a single object, Action as a single string
        assertEquals(List.of("*"), at(policies.get(1), "Statement", 0, "Action"));
        assertEquals("20:23", pos(env.locate(List.of("iam", "policies", 1, "Statement", 0, "Action", 0))));
        assertEquals(Map.of("Fn::GetAtt", List.of("Bucket", "Arn")),
                at(policies.get(1), "Statement", 0, "Resource", 0));
        assertEquals("30:29", pos(env.locate(List.of("iam", "policies", 2, "Statement", 0, "Action", 1))));
        assertEquals(List.of("document", "Resources", "Admin", "Properties", "PolicyDocument"),
                policies.get(2).get("at"));
        List<Map<String, Object>> principals = at(iam, "principals");
        assertEquals(1, principals.size());
        assertEquals(0, principals.get(0).get("trustPolicy"));
        assertEquals(List.of(1, 2), principals.get(0).get("policies"));
        assertEquals(Map.of("Fn::Sub", "node-${Env}"), principals.get(0).get("name"));
        assertEquals(0, policies.get(2).get("owner"));
        Map<String, Object> entry = at(env.envelope(), "awsAuth", "accessEntries", 0);
        assertEquals("arn:aws:iam::111122223333:role/admin", entry.get("principalARN"));
        assertEquals("cluster", at(entry, "accessPolicies", 0, "accessScope", "type"));
        assertEquals("35:21", pos(env.locate(List.of("awsAuth", "accessEntries", 0, "principalARN"))));
    }

    @Test
    void terraformPolicyDocumentDataSourceBecomesAPolicyOfItsUsers() {
        String json = "{\n"                                                                          // 1
                + "  \"data\": {\"aws_iam_policy_document\": {\n"                                   // 2
                + "    \"trust\": {\"statement\": [{\"actions\": [\"sts:AssumeRole\"],\n"          // 3
                + "      \"principals\": [{\"type\": \"AWS\", \"identifiers\": [\"*\"]}],\n"      // 4
                + "      \"condition\": [{\"test\": \"StringEquals\", \"variable\": \"aws:PrincipalTag/team\", \"values\": [\"ops\"]}]}]},\n" // 5
                + "    \"unused\": {\"statement\": {\"effect\": \"Deny\", \"not_actions\": [\"s3:*\"], \"resources\": [\"*\"]}}\n" // 6
                + "  }},\n"                                                                          // 7
                + "  \"resource\": {\"aws_iam_role\": {\"admin\": {\n"                              // 8
                + "    \"assume_role_policy\": \"${data.aws_iam_policy_document.trust.json}\"}}}\n"  // 9
                + "}\n";
        DocumentEnvelope env = single("iam.tf.json", json);
        assertEquals("terraform", env.kind());
        List<Map<String, Object>> policies = at(env.envelope(), "iam", "policies");
        assertEquals(2, policies.size());
        Map<String, Object> trust = policies.get(0);
        assertEquals("trust", trust.get("type"));
        assertEquals(0, trust.get("owner"));
        assertEquals(List.of("document", "data", "aws_iam_policy_document", "trust"), trust.get("at"));
        assertEquals("Allow", at(trust, "Statement", 0, "Effect"));
        assertEquals(Map.of("AWS", List.of("*")), at(trust, "Statement", 0, "Principal"));
        assertEquals(Map.of("StringEquals", Map.of("aws:PrincipalTag/team", List.of("ops"))),
                at(trust, "Statement", 0, "Condition"));
        assertEquals("4:54", pos(env.locate(List.of("iam", "policies", 0, "Statement", 0, "Principal", "AWS", 0))));
        assertEquals(0, (Integer) at(env.envelope(), "iam", "principals", 0, "trustPolicy"));
        Map<String, Object> unused = policies.get(1);
        assertEquals("identity", unused.get("type"));
        assertEquals("Deny", at(unused, "Statement", 0, "Effect"));
        assertEquals(List.of("s3:*"), at(unused, "Statement", 0, "NotAction"));
        assertEquals(6, env.locate(List.of("iam", "policies", 1, "Statement", 0, "NotAction", 0)).line());
    }

    @Test
    void rolePolicyResourceAttachesToItsRole() {
        String json = "{\"Resources\": {\n"
                + "  \"R\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {}},\n"
                + "  \"P\": {\"Type\": \"AWS::IAM::RolePolicy\", \"Properties\": {\"PolicyName\": \"p\",\n"
                + "    \"RoleName\": {\"Ref\": \"R\"},\n"
                + "    \"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}]}}}\n"
                + "}}\n";
        DocumentEnvelope env = single("stack.json", json);
        assertEquals("cloudformation", env.kind());
        Map<String, Object> policy = at(env.envelope(), "iam", "policies", 0);
        assertEquals("p", policy.get("name"));
        assertEquals(0, policy.get("owner"));
        assertEquals(List.of("iam:*"), at(policy, "Statement", 0, "NotAction"));
        assertNull(at(policy, "Statement", 0, "Action"));
        assertEquals(List.of(0), at(env.envelope(), "iam", "principals", 0, "policies"));
        assertEquals("5:71", pos(env.locate(List.of("iam", "policies", 0, "Statement", 0, "NotAction", 0))));
    }

    @Test
    void standaloneTrustPolicyNormalizesPrincipalStar() {
        String json = "{\n"
                + "  \"Version\": \"2012-10-17\",\n"
                + "  \"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\"}\n"
                + "}\n";
        DocumentEnvelope env = single("policies/trust.json", json);
        assertEquals("iam", env.kind());
        Map<String, Object> policy = at(env.envelope(), "iam", "policies", 0);
        assertEquals("trust", policy.get("type"));
        assertEquals("trust", policy.get("name"));
        assertEquals(Map.of("AWS", List.of("*")), at(policy, "Statement", 0, "Principal"));
        assertNull(at(policy, "Statement", 0, "Resource"));
        assertEquals("3:49", pos(env.locate(List.of("iam", "policies", 0, "Statement", 0, "Principal", "AWS", 0))));
    }

    @Test
    void terraformPolicyStringIsParsedWithPositionsInsideTheString() {
        String json = "{\n"
                + "  \"resource\": {\n"
                + "    \"aws_iam_role\": {\"node\": {\"name\": \"node\", \"assume_role_policy\": \"${data.x.json}\"}},\n"
                + "    \"aws_iam_role_policy\": {\n"
                + "      \"admin\": {\n"
                + "        \"role\": \"${aws_iam_role.node.id}\",\n"
                + "        \"policy\": \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"*\\\", \\\"Resource\\\": \\\"*\\\"}]}\"\n"
                + "      }\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
        DocumentEnvelope env = single("main.tf.json", json);
        assertEquals("terraform", env.kind());
        Map<String, Object> policy = at(env.envelope(), "iam", "policies", 0);
        assertEquals("admin", policy.get("name"));
        assertEquals(0, policy.get("owner"));
        assertEquals(List.of("*"), at(policy, "Statement", 0, "Action"));
        SourceLocation action = env.locate(List.of("iam", "policies", 0, "Statement", 0, "Action", 0));
        assertEquals(7, action.line());
        assertEquals(102, action.column()); // the escaped quote that opens "*"
        assertEquals(List.of(0), at(env.envelope(), "iam", "principals", 0, "policies"));
    }
}

package dev.authlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.core.scan.ScanOptions;
import dev.authlint.core.scan.ScanResult;
import dev.authlint.core.scan.Scanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EksctlSectionTest {

    private static final String CONFIG = "apiVersion: eksctl.io/v1alpha5\n"            // 1
            + "kind: ClusterConfig\n"                                                   // 2
            + "metadata: {name: prod, region: eu-west-1}\n"                             // 3
            + "iamIdentityMappings:\n"                                                  // 4
            + "  - arn: arn:aws:iam::111122223333:role/admin\n"                         // 5
            + "    groups: [system:masters]\n"                                          // 6
            + "    username: admin\n"                                                   // 7
            + "  - arn: arn:aws:iam::111122223333:user/alice\n"                         // 8
            + "    groups: [dev]\n"                                                     // 9
            + "  - account: \"111122223333\"\n"                                        // 10
            + "accessConfig:\n"                                                         // 11
            + "  accessEntries:\n"                                                      // 12
            + "    - principalARN: arn:aws:iam::111122223333:role/viewer\n"             // 13
            + "      kubernetesGroups: [viewers]\n"                                     // 14
            + "      accessPolicies:\n"                                                 // 15
            + "        - policyARN: arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\n" // 16
            + "          accessScope: {type: namespace, namespaces: [a, b]}\n"          // 17
            + "iam:\n"                                                                  // 18
            + "  withOIDC: true\n"                                                      // 19
            + "  serviceAccounts:\n"                                                    // 20
            + "    - metadata: {name: ebs-csi, namespace: kube-system}\n"               // 21
            + "      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEBSCSIDriverPolicy]\n" // 22
            + "    - metadata: {name: app, namespace: default}\n"                       // 23
            + "      attachPolicy:\n"                                                   // 24
            + "        Version: '2012-10-17'\n"                                         // 25
            + "        Statement:\n"                                                    // 26
            + "          - {Effect: Allow, Action: 's3:*', Resource: '*'}\n"            // 27
            + "managedNodeGroups:\n"                                                    // 28
            + "  - name: ng-1\n"                                                        // 29
            + "    iam: {instanceRoleARN: arn:aws:iam::111122223333:role/ng-1-node}\n"  // 30
            + "nodeGroups:\n"                                                           // 31
            + "  - name: win\n"                                                         // 32
            + "    amiFamily: WindowsServer2019FullContainer\n"                         // 33
            + "fargateProfiles:\n"                                                      // 34
            + "  - name: fp-default\n"                                                  // 35
            + "    selectors: [{namespace: default}]\n";                                // 36

    @SuppressWarnings("unchecked")
    private static <T> T at(Object root, Object... path) {
        Object v = root;
        for (Object step : path) {
            v = step instanceof Integer i ? ((List<Object>) v).get(i) : ((Map<String, Object>) v).get(step);
        }
        return (T) v;
    }

    @Test
    void clusterConfigHasEksctlAwsAuthAndIamSections() {
        ScanResult r = new Scanner(ScanOptions.defaults()).scanText("cluster.yaml", CONFIG);
        assertEquals(List.of(), r.findings());
        DocumentEnvelope env = r.documents().get(0);
        assertEquals("eksctl", env.kind());
        Map<String, Object> e = env.envelope();
        assertEquals("prod", at(e, "eksctl", "clusterName"));
        assertEquals("arn:aws:iam::111122223333:role/admin", at(e, "awsAuth", "mapRoles", 0, "rolearn"));
        assertEquals("arn", at(e, "awsAuth", "mapRoles", 0, "arnKey"));
        assertEquals("arn:aws:iam::111122223333:user/alice", at(e, "awsAuth", "mapUsers", 0, "userarn"));
        assertEquals(List.of("111122223333"), at(e, "awsAuth", "mapAccounts"));
        assertEquals(5, env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn")).line());
        assertEquals(10, env.locate(List.of("awsAuth", "mapRoles", 0, "rolearn")).column());
        assertEquals(8, env.locate(List.of("awsAuth", "mapUsers", 0, "userarn")).line());
        assertEquals(List.of("a", "b"), at(e, "awsAuth", "accessEntries", 0, "accessPolicies", 0, "accessScope",
                "namespaces"));
        assertEquals(17, env.locate(List.of("awsAuth", "accessEntries", 0, "accessPolicies", 0, "accessScope",
                "namespaces", 1)).line());
        assertEquals(0, (Integer) at(e, "eksctl", "serviceAccounts", 1, "attachPolicy"));
        assertEquals((Object) null, at(e, "eksctl", "serviceAccounts", 0, "attachPolicy"));
        assertEquals(List.of("s3:*"), at(e, "iam", "policies", 0, "Statement", 0, "Action"));
        assertEquals(27, env.locate(List.of("iam", "policies", 0, "Statement", 0, "Action", 0)).line());
        assertEquals(Boolean.TRUE, at(e, "eksctl", "nodeGroups", 0, "managed"));
        assertEquals("arn:aws:iam::111122223333:role/ng-1-node", at(e, "eksctl", "nodeGroups", 0, "instanceRoleARN"));
        assertEquals(Boolean.TRUE, at(e, "eksctl", "nodeGroups", 1, "windows"));
        assertEquals("fp-default", at(e, "eksctl", "fargateProfiles", 0, "name"));
    }
}

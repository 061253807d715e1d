package dev.authlint.core.scan;

import dev.authlint.core.source.ParseLimits;
import dev.authlint.core.source.YamlLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Loading throughput on a generated corpus of RBAC documents, compared with SnakeYAML's own parse of the same
 * text. Prints documents per second for: SnakeYAML {@code loadAll} (plain Java objects, no positions), authlint's
 * {@link YamlLoader} (values plus a position for every key and value), and the whole {@link Scanner} (loading,
 * classification and normalization into envelopes).
 *
 * <p>Run: {@code mvn -B -q -pl core -am test -Dtest=LoadingBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false
 * -Dauthlint.bench=true} (or run {@link #main} from an IDE). Arguments: documents (default 20000), measured
 * rounds (default 10).
 */
public final class LoadingBenchmark {

    private static final int DOCUMENTS_PER_FILE = 100;

    private LoadingBenchmark() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> files = generate(documents);
        long bytes = files.stream().mapToLong(String::length).sum();
        System.out.printf("corpus: %d RBAC documents in %d texts, %.1f MB%n", documents, files.size(), bytes / 1e6);

        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        YamlLoader loader = new YamlLoader(ParseLimits.defaults());
        Scanner scanner = new Scanner(ScanOptions.defaults());

        ToIntFunction<String> snakeYaml = text -> {
            int n = 0;
            for (Object ignored : new Yaml(options).loadAll(text)) {
                n++;
            }
            return n;
        };
        ToIntFunction<String> positions = text -> loader.load(text).documents().size();
        ToIntFunction<String> scan = text -> scanner.scanText("bench.yaml", text).documents().size();

        double base = measure("SnakeYAML loadAll (no positions)", files, snakeYaml, documents, rounds);
        double withPositions = measure("authlint YamlLoader (values + positions)", files, positions, documents, rounds);
        double full = measure("authlint Scanner (load + classify + envelopes)", files, scan, documents, rounds);
        System.out.printf("position indexing overhead over SnakeYAML: %+.1f%%%n", (withPositions / base - 1) * 100);
        System.out.printf("whole scan overhead over SnakeYAML: %+.1f%%%n", (full / base - 1) * 100);
    }

    /** Runs warm-up rounds, then {@code rounds} measured ones; prints and returns the median seconds per round. */
    private static double measure(String name, List<String> files, ToIntFunction<String> work, int documents,
                                  int rounds) {
        for (int i = 0; i < Math.max(3, rounds / 2); i++) {
            runOnce(files, work, documents);
        }
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            runOnce(files, work, documents);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[rounds / 2];
        System.out.printf("%-48s median %7.1f ms  %,10.0f documents/s  (min %.1f ms, max %.1f ms)%n", name,
                median * 1e3, documents / median, seconds[0] * 1e3, seconds[rounds - 1] * 1e3);
        return median;
    }

    private static void runOnce(List<String> files, ToIntFunction<String> work, int documents) {
        int total = 0;
        for (String text : files) {
            total += work.applyAsInt(text);
        }
        if (total != documents) {
            throw new IllegalStateException("expected " + documents + " documents, read " + total);
        }
    }

    /** Realistic RBAC: ClusterRoles with several rules, Roles, and bindings with subjects, in files of 100. */
    static List<String> generate(int documents) {
        List<String> files = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            if (i > 0 && i % DOCUMENTS_PER_FILE == 0) {
                files.add(text.toString());
                text.setLength(0);
            }
            text.append("---\n");
            switch (i % 4) {
                case 0 -> text.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n")
                        .append("  name: role-").append(i).append("\n  labels:\n    app.kubernetes.io/name: app-")
                        .append(i % 97).append("\nrules:\n")
                        .append("  - apiGroups: [\"\"]\n    resources: [\"pods\", \"pods/log\", \"services\"]\n")
                        .append("    verbs: [\"get\", \"list\", \"watch\"]\n")
                        .append("  - apiGroups: [\"apps\"]\n    resources:\n      - deployments\n      - statefulsets\n")
                        .append("    verbs:\n      - get\n      - update\n      - patch\n")
                        .append("  - apiGroups: [\"\"]\n    resources: [\"secrets\"]\n    resourceNames: [\"tls-")
                        .append(i).append("\"]\n    verbs: [\"get\"]\n");
                case 1 -> text.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\n")
                        .append("metadata:\n  name: binding-").append(i).append("\nroleRef:\n")
                        .append("  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: role-")
                        .append(i - 1).append("\nsubjects:\n  - kind: ServiceAccount\n    name: sa-").append(i)
                        .append("\n    namespace: ns-").append(i % 13).append("\n  - kind: Group\n")
                        .append("    name: team-").append(i % 7).append("\n    apiGroup: rbac.authorization.k8s.io\n");
                case 2 -> text.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n")
                        .append("  name: ns-role-").append(i).append("\n  namespace: ns-").append(i % 13)
                        .append("\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n")
                        .append("    verbs: [\"get\", \"list\", \"watch\", \"create\", \"update\"]\n");
                default -> text.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n")
                        .append("  name: ns-binding-").append(i).append("\n  namespace: ns-").append(i % 13)
                        .append("\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n")
                        .append("  name: ns-role-").append(i - 1).append("\nsubjects:\n  - kind: User\n")
                        .append("    name: user-").append(i).append("@example.com\n");
            }
        }
        files.add(text.toString());
        return files;
    }
}

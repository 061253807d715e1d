package dev.authlint.cli;

import dev.authlint.rego.PreparedQuery;
import dev.authlint.rego.Rego;
import dev.authlint.rego.ResultSet;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code authlint bench}: evaluation throughput of the Rego engine on an RBAC lint policy over generated
 * Role/ClusterRole documents, single-threaded, with allocation per document.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Measure Rego evaluation throughput on a realistic RBAC policy.",
        description = {
            "",
            "Generates Kubernetes Role and ClusterRole documents (seeded, so every run sees the same ones), "
                + "prepares one query against a bundled RBAC lint policy (wildcards, secrets access, exec, "
                + "escalate/bind, impersonation, webhooks, tokens...; dev/authlint/rego/bench/rbac.rego) and "
                + "evaluates it once per document on the calling thread, for each document count in --documents.",
            "",
            "For each count it prints wall-clock and CPU time of the measuring thread, documents per second "
                + "by each (docs/cpu-s is the one-core figure, robust on a busy machine; garbage collection runs "
                + "on other threads and is not in it) and the bytes allocated per document (the thread's "
                + "allocation counter, so garbage included). Documents are built as values before the "
                + "clock starts: the figure is evaluation alone. Throughput that stays flat across counts means "
                + "the cost is linear in the number of documents.",
            "",
            "./authlint runs its other commands with the JIT capped for start-up, but keeps the optimising JIT "
                + "for bench. For steadier figures give the JVM a fixed heap and pin it to one core, e.g.:",
            "  AUTHLINT_JAVA_OPTS='-Xms512m -Xmx512m' taskset -c 0 ./authlint bench",
            ""},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  benchmark completed",
            "  2  usage error, or the --policy file does not compile",
            "  3  internal error (rerun with --debug and report it)"})
public final class BenchCommand implements Callable<Integer> {

    private static final String POLICY_RESOURCE = "/dev/authlint/rego/bench/rbac.rego";
    private static final String DEFAULT_QUERY = "data.bench.rbac.findings";

    @Spec
    CommandSpec spec;

    @Option(names = "--documents", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000,50000",
            description = "Document counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> documentCounts;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50000",
            description = "Evaluations before measuring, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Seed of the document generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Benchmark this Rego file instead of the bundled RBAC policy (use with --query).")
    Path policyFile;

    @Option(names = "--query", paramLabel = "QUERY", defaultValue = DEFAULT_QUERY,
            description = "Query evaluated per document (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    @Override
    public Integer call() {
        return Failures.run(spec.commandLine().getErr(), debug, this::run);
    }

    private Integer run() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (documentCounts.stream().anyMatch(n -> n <= 0) || warmup < 0) {
            err.println("authlint bench: --documents must be positive and --warmup not negative");
            return ExitCodes.USAGE;
        }
        String name = policyFile == null ? "rbac.rego" : policyFile.toString();
        PreparedQuery prepared;
        try {
            prepared = Rego.builder().module(name, policySource()).build().prepare(query);
        } catch (dev.authlint.rego.RegoException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        int largest = documentCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Value> documents = RoleGenerator.generate(largest, seed);

        out.printf(Locale.ROOT, "policy %s, query %s, %s%n", name, query, Runtime.version());
        String jitLimit = jitLimitWarning();
        if (jitLimit != null) {
            out.println(jitLimit);
        }
        long warmupFindings = 0;
        for (int i = 0; i < warmup; i++) {
            warmupFindings += findings(prepared.eval(documents.get(i % documents.size())));
        }
        out.printf(Locale.ROOT, "warm-up: %,d evaluations (%,d findings)%n%n", warmup, warmupFindings);
        out.printf(Locale.ROOT, "%10s %9s %9s %12s %12s %11s %10s%n",
                "documents", "wall s", "cpu s", "docs/sec", "docs/cpu-s", "bytes/doc", "findings");
        for (int count : documentCounts) {
            Measurement m = measure(prepared, documents.subList(0, count));
            out.printf(Locale.ROOT, "%,10d %9.3f %9.3f %,12.0f %,12.0f %,11d %,10d%n", count, m.wallSeconds(),
                    m.cpuSeconds(), count / m.wallSeconds(), count / m.cpuSeconds(), m.allocatedBytes() / count,
                    m.findings());
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * A warning when the JIT cannot reach its optimising tier: {@code ./authlint} starts the JVM with
     * {@code -XX:TieredStopAtLevel=1} for fast start-up, which makes long runs several times slower.
     */
    private static String jitLimitWarning() {
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            int level = Integer.parseInt(diagnostics.getVMOption("TieredStopAtLevel").getValue());
            boolean tiered = Boolean.parseBoolean(diagnostics.getVMOption("TieredCompilation").getValue());
            if (tiered && level < 4) {
                return "note: the JVM runs with -XX:TieredStopAtLevel=" + level + " (no optimising JIT), so these are not"
                        + " peak figures; rerun with AUTHLINT_JAVA_OPTS=-XX:TieredStopAtLevel=4";
            }
        } catch (RuntimeException notHotSpot) {
            // another JVM: nothing to check
        }
        return null;
    }

    private String policySource() throws IOException {
        if (policyFile != null) {
            return Files.readString(policyFile, StandardCharsets.UTF_8);
        }
        try (InputStream in = BenchCommand.class.getResourceAsStream(POLICY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled benchmark policy " + POLICY_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Wall-clock and thread CPU time (the latter is what "one core" means on a busy machine). */
    private record Measurement(double wallSeconds, double cpuSeconds, long allocatedBytes, long findings) {
    }

    private static Measurement measure(PreparedQuery prepared, List<Value> documents) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long findings = 0;
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Value document : documents) {
            findings += findings(prepared.eval(document));
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        return new Measurement(elapsed / 1e9, cpu / 1e9, allocated, findings);
    }

    /** Counts the members of the sets in the result (so the work cannot be optimised away, and is visible). */
    private static long findings(ResultSet rs) {
        long n = 0;
        for (var result : rs.results()) {
            for (Value v : result.expressions()) {
                n += countMembers(v);
            }
        }
        return n;
    }

    private static long countMembers(Value v) {
        if (v instanceof SetValue s) {
            return s.size();
        }
        if (v instanceof ObjectValue o) {
            long n = 0;
            for (var e : o.entries()) {
                n += countMembers(e.getValue());
            }
            return n;
        }
        return 0;
    }

    /** Deterministic generator of plausible Role/ClusterRole documents: mostly benign, some risky grants. */
    static final class RoleGenerator {
        private static final String[] GROUPS = {"", "", "", "apps", "apps", "batch", "rbac.authorization.k8s.io",
            "admissionregistration.k8s.io", "networking.k8s.io", "*"};
        private static final String[] RESOURCES = {"pods", "pods", "configmaps", "services", "deployments",
            "secrets", "pods/exec", "pods/log", "pods/attach", "nodes", "nodes/proxy", "serviceaccounts",
            "serviceaccounts/token", "roles", "clusterroles", "rolebindings", "users", "groups", "jobs",
            "cronjobs", "daemonsets", "statefulsets", "ingresses", "mutatingwebhookconfigurations", "events", "*"};
        private static final String[] VERBS = {"get", "get", "list", "list", "watch", "watch", "create", "update",
            "patch", "delete", "deletecollection", "escalate", "bind", "impersonate", "*"};

        private RoleGenerator() {
        }

        static List<Value> generate(int count, long seed) {
            Random random = new Random(seed);
            List<Value> documents = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                documents.add(role(i, random));
            }
            return documents;
        }

        private static Value role(int index, Random random) {
            boolean cluster = random.nextInt(3) == 0;
            ObjectValue.Builder metadata = ObjectValue.builder().put("name", StringValue.of("role-" + index));
            if (!cluster) {
                metadata.put("namespace", StringValue.of("team-" + (index % 40)));
            }
            List<Value> rules = new ArrayList<>();
            int ruleCount = 1 + random.nextInt(6);
            for (int r = 0; r < ruleCount; r++) {
                ObjectValue.Builder rule = ObjectValue.builder()
                        .put("apiGroups", pick(GROUPS, 1 + random.nextInt(2), random))
                        .put("resources", pick(RESOURCES, 1 + random.nextInt(4), random))
                        .put("verbs", pick(VERBS, 1 + random.nextInt(4), random));
                if (random.nextInt(8) == 0) {
                    rule.put("resourceNames", ArrayValue.of(List.of(StringValue.of("cfg-" + index))));
                }
                rules.add(rule.build());
            }
            return ObjectValue.builder()
                    .put("apiVersion", StringValue.of("rbac.authorization.k8s.io/v1"))
                    .put("kind", StringValue.of(cluster ? "ClusterRole" : "Role"))
                    .put("metadata", metadata.build())
                    .put("rules", ArrayValue.of(rules))
                    .build();
        }

        private static Value pick(String[] pool, int n, Random random) {
            List<Value> picked = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                StringValue s = StringValue.of(pool[random.nextInt(pool.length)]);
                if (!picked.contains(s)) {
                    picked.add(s);
                }
            }
            return ArrayValue.of(picked);
        }
    }
}

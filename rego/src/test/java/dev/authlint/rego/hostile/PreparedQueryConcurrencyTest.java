package dev.authlint.rego.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlint.rego.PreparedQuery;
import dev.authlint.rego.Rego;
import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.StringValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One {@link PreparedQuery} shared by many threads, each with its own inputs: every result must be its own. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreparedQueryConcurrencyTest {

    private static final int THREADS = 8;
    private static final int EVALUATIONS_PER_THREAD = 500;

    @Test
    void sharedPreparedQueryGivesEachCallerItsOwnResult() throws Exception {
        PreparedQuery query = Rego.builder().module("concurrency.rego", """
                package concurrency

                total := sum(input.xs)

                tags contains [t, total] if some t in input.tags

                label := [input.name, count(input.xs)]

                summary := {"total": total, "tags": tags, "label": label}
                """).build().prepare("data.concurrency.summary = s");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < EVALUATIONS_PER_THREAD; i++) {
                        int n = thread * EVALUATIONS_PER_THREAD + i;
                        Value s = query.eval(input(n)).results().get(0).bindings().get("s");
                        assertEquals(expected(n), s, "evaluation " + n);
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get();
            }
            assertEquals(THREADS * EVALUATIONS_PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Value input(int n) {
        List<Value> xs = new ArrayList<>();
        for (int i = 0; i <= n % 17; i++) {
            xs.add(NumberValue.of(n + i));
        }
        return ObjectValue.builder()
                .put("name", StringValue.of("doc" + n))
                .put("xs", ArrayValue.of(xs))
                .put("tags", ArrayValue.of(List.of(StringValue.of("t" + n), StringValue.of("shared"))))
                .build();
    }

    private static Value expected(int n) {
        int count = n % 17 + 1;
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += n + i;
        }
        return ObjectValue.builder()
                .put("total", NumberValue.of(total))
                .put("tags", SetValue.of(List.of(
                        ArrayValue.of(List.of(StringValue.of("t" + n), NumberValue.of(total))),
                        ArrayValue.of(List.of(StringValue.of("shared"), NumberValue.of(total))))))
                .put("label", ArrayValue.of(List.of(StringValue.of("doc" + n), NumberValue.of(count))))
                .build();
    }
}

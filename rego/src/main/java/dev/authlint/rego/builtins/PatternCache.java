package dev.authlint.rego.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, thread-safe LRU cache of compiled patterns (regexes, globs), shared by all
 * evaluations: policies call the same few patterns many times.
 */
final class PatternCache<V> {

    private final Map<String, V> entries;
    private final Function<String, V> compiler;

    PatternCache(int capacity, Function<String, V> compiler) {
        this.compiler = compiler;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The compiled form of {@code key}, compiling it on a miss (compile errors propagate). */
    V get(String key) {
        synchronized (entries) {
            V v = entries.get(key);
            if (v != null) {
                return v;
            }
        }
        V compiled = compiler.apply(key);
        synchronized (entries) {
            entries.put(key, compiled);
        }
        return compiled;
    }
}

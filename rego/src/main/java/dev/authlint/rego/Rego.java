package dev.authlint.rego;

import dev.authlint.rego.ast.Annotations;
import dev.authlint.rego.ast.Module;
import dev.authlint.rego.ast.Rule;
import dev.authlint.rego.builtins.BuiltinRegistry;
import dev.authlint.rego.compiler.CompiledPolicy;
import dev.authlint.rego.compiler.CompiledQuery;
import dev.authlint.rego.compiler.Compiler;
import dev.authlint.rego.eval.Planner;
import dev.authlint.rego.eval.plan.PolicyPlan;
import dev.authlint.rego.parser.Parser;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A compiled set of Rego modules plus base documents: the entry point of the engine.
 *
 * <pre>{@code
 * Rego rego = Rego.builder().module("policy.rego", source).data(baseDocument).build();
 * PreparedQuery q = rego.prepare("data.authz.deny");   // once
 * ResultSet rs = q.eval(input);                        // many times, from any thread
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rego {

    private final List<Module> modules;
    private final CompiledPolicy compiled;
    private final Planner planner;
    private final PolicyPlan policy;
    private final Settings settings;

    /** Engine-wide evaluation settings; {@link EvalOptions} can override them per call. */
    record Settings(RegoVersion version, boolean strictBuiltinErrors, Consumer<String> printSink, Duration timeout) {
    }

    private Rego(List<Module> modules, CompiledPolicy compiled, Planner planner, PolicyPlan policy, Settings settings) {
        this.modules = modules;
        this.compiled = compiled;
        this.planner = planner;
        this.policy = policy;
        this.settings = settings;
    }

    /** A builder with OPA's defaults: Rego v1, non-strict builtin errors, no print output, 10 s timeout. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles {@code query} (e.g. {@code data.pkg.allow} or {@code x := data.pkg.p[_]}) for repeated
     * evaluation.
     *
     * @throws RegoException when the query does not parse or compile
     */
    public PreparedQuery prepare(String query) {
        dev.authlint.rego.ast.Body parsed = Parser.parseQuery(query, settings.version());
        CompiledQuery cq = compiled.compileQuery(parsed);
        return new PreparedQuery(policy, planner.query(cq.body(), cq.resultVars()), parsed, settings);
    }

    /** The parsed modules, sorted by file name. */
    public List<Module> modules() {
        return modules;
    }

    /** Every rule of every module, in module then source order. */
    public List<Rule> rules() {
        return modules.stream().flatMap(m -> m.rules().stream()).collect(Collectors.toUnmodifiableList());
    }

    /** Every {@code # METADATA} block of every module, in module then source order. */
    public List<Annotations> annotations() {
        return compiled.allAnnotations();
    }

    /** The compiler's view of the policy: rule tree, annotation set, {@code rego.metadata} values, tests. */
    public CompiledPolicy compiled() {
        return compiled;
    }

    /** Configures and builds a {@link Rego}. Not thread-safe; build once, share the result. */
    public static final class Builder {
        /** A module to compile: source text, or a module the embedder already parsed ({@code parsed != null}). */
        private record Source(String file, String text, Module parsed) {
        }

        private final List<Source> sources = new ArrayList<>();
        private RegoVersion version = RegoVersion.V1;
        private Value data = ObjectValue.EMPTY;
        private boolean strict;
        private Consumer<String> printSink;
        private Duration timeout = Duration.ofSeconds(10);
        private BuiltinRegistry builtins;

        private Builder() {
        }

        /** Adds a module; {@code file} names it in locations and errors. */
        public Builder module(String file, String source) {
            sources.add(new Source(Objects.requireNonNull(file, "file"), Objects.requireNonNull(source, "source"),
                    null));
            return this;
        }

        /**
         * Adds a module the caller has already parsed (e.g. to read its METADATA), so it is not parsed twice. The
         * module keeps the syntax version it was parsed with.
         */
        public Builder module(Module parsed) {
            sources.add(new Source(parsed.file(), null, parsed));
            return this;
        }

        /** Adds a {@code .rego} file, or every {@code .rego} file below a directory (recursive, sorted). */
        public Builder modulesFrom(Path fileOrDir) {
            try {
                List<Path> files;
                if (Files.isDirectory(fileOrDir)) {
                    try (Stream<Path> walk = Files.walk(fileOrDir)) {
                        files = walk.filter(Files::isRegularFile)
                                .filter(p -> p.getFileName().toString().endsWith(".rego"))
                                .sorted(Comparator.comparing(Path::toString))
                                .collect(Collectors.toList());
                    }
                } else {
                    files = List.of(fileOrDir);
                }
                for (Path f : files) {
                    module(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Rego modules from " + fileOrDir, e);
            }
            return this;
        }

        /** Adds a module from the class path; {@code path} (e.g. {@code authlint/policies/x.rego}) names it. */
        public Builder moduleResource(ClassLoader loader, String path) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("no class path resource " + path));
                }
                return module(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read class path resource " + path, e);
            }
        }

        /** The syntax modules are parsed with; a v0 module importing {@code rego.v1} is read as v1. */
        public Builder regoVersion(RegoVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The base documents at {@code data}; must be an object. */
        public Builder data(Value baseDocument) {
            if (!(baseDocument instanceof ObjectValue)) {
                throw new IllegalArgumentException("data must be an object, got " + baseDocument.typeName());
            }
            this.data = baseDocument;
            return this;
        }

        /** Whether failing builtins raise errors (true) or are undefined (false, OPA's default). */
        public Builder strictBuiltinErrors(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Receives {@code print()} output as {@code file:row: text} lines. */
        public Builder printSink(Consumer<String> sink) {
            this.printSink = sink;
            return this;
        }

        /** Deadline per evaluation; exceeding it fails with {@code eval_cancel_error}. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The builtins available to policies (default: {@link BuiltinRegistry#standard()}). */
        public Builder builtins(BuiltinRegistry builtins) {
            this.builtins = Objects.requireNonNull(builtins, "builtins");
            return this;
        }

        /**
         * Parses and compiles every module.
         *
         * @throws RegoException with every parse and compile error found (file:row:col each)
         */
        public Rego build() {
            BuiltinRegistry registry = builtins != null ? builtins : BuiltinRegistry.standard();
            List<Source> sorted = new ArrayList<>(sources);
            sorted.sort(Comparator.comparing(Source::file));
            List<Module> modules = new ArrayList<>();
            List<RegoError> errors = new ArrayList<>();
            for (Source s : sorted) {
                try {
                    modules.add(s.parsed() != null ? s.parsed() : Parser.parseModule(s.file(), s.text(), version));
                } catch (RegoException e) {
                    errors.addAll(e.errors());
                }
            }
            if (!errors.isEmpty()) {
                throw new RegoException(errors);
            }
            CompiledPolicy compiled = Compiler.compile(modules, registry::arity);
            Planner planner = Planner.plan(compiled.modules(), registry);
            Settings settings = new Settings(version, strict, printSink, timeout);
            return new Rego(List.copyOf(modules), compiled, planner, planner.policy((ObjectValue) data), settings);
        }
    }
}

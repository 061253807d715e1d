package dev.authlint.rego.builtins;

import dev.authlint.rego.value.Value;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An immutable table of builtins by Rego name. {@link #standard()} holds every builtin
 * authlint implements; {@link #with} adds or replaces one (an embedder's real {@code http.send},
 * say).
 *
 * <p>Every implementation is wrapped once here so that a {@link BuiltinFailure} thrown inside it
 * reaches the evaluator as a {@link BuiltinException} with OPA's code and the name prefix.
 */
public final class BuiltinRegistry {

    /** Every family of builtins in the standard registry, in one place. */
    private static final List<Consumer<Builder>> FAMILIES = List.of(
            ComparisonBuiltins::register,
            NumberBuiltins::register,
            AggregateBuiltins::register,
            SetBuiltins::register,
            StringBuiltins::register,
            RegexBuiltins::register,
            GlobBuiltins::register,
            ArrayBuiltins::register,
            ObjectBuiltins::register,
            UnitsBuiltins::register,
            EncodingBuiltins::register,
            NetBuiltins::register,
            TimeBuiltins::register,
            SemverBuiltins::register,
            GraphBuiltins::register,
            BitsBuiltins::register,
            UuidBuiltins::register,
            CryptoBuiltins::register,
            TokenBuiltins::register,
            OpaBuiltins::register,
            DeprecatedBuiltins::register,
            TypeBuiltins::register,
            SandboxedBuiltins::register);

    private static final BuiltinRegistry STANDARD = build(FAMILIES);

    private final Map<String, BuiltinDecl> decls;

    private BuiltinRegistry(Map<String, BuiltinDecl> decls) {
        this.decls = decls;
    }

    /** Every builtin authlint implements or declares. */
    public static BuiltinRegistry standard() {
        return STANDARD;
    }

    /** A registry with no builtins, to fill through {@link #builder()}. */
    public static Builder builder() {
        return new Builder(new TreeMap<>());
    }

    private static BuiltinRegistry build(List<Consumer<Builder>> families) {
        Builder b = builder();
        families.forEach(f -> f.accept(b));
        return b.build();
    }

    /** The declaration of {@code name}, if any. */
    public Optional<BuiltinDecl> get(String name) {
        return Optional.ofNullable(decls.get(name));
    }

    /** The arity of {@code name} (-1 when variadic), or null when unknown; for the compiler. */
    public Integer arity(String name) {
        BuiltinDecl d = decls.get(name);
        return d == null ? null : d.arity();
    }

    /** Every builtin name, sorted. */
    public Set<String> names() {
        return decls.keySet();
    }

    /** Every declaration, sorted by name. */
    public Collection<BuiltinDecl> declarations() {
        return decls.values();
    }

    /** This registry plus {@code extra}, which replaces a builtin of the same name. */
    public BuiltinRegistry with(BuiltinDecl extra) {
        Builder b = new Builder(new TreeMap<>(decls));
        b.add(extra);
        return b.build();
    }

    /** A Markdown table of every builtin (name, arity, category), for the reference docs. */
    public String referenceTable() {
        StringBuilder out = new StringBuilder("| builtin | arity | category |\n|---|---|---|\n");
        for (BuiltinDecl d : decls.values()) {
            out.append("| `").append(d.name()).append("` | ")
                    .append(d.variadic() ? "any" : Integer.toString(d.arity())).append(" | ")
                    .append(d.category())
                    .append(d.deprecated() ? " (deprecated)" : "")
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Collects declarations; later additions replace earlier ones of the same name. */
    public static final class Builder {
        private final TreeMap<String, BuiltinDecl> decls;

        private Builder(TreeMap<String, BuiltinDecl> decls) {
            this.decls = decls;
        }

        /** Adds {@code decl}, wrapping its implementation so errors carry its name. */
        public Builder add(BuiltinDecl decl) {
            Builtin impl = decl.impl() instanceof Named n && n.name.equals(decl.name())
                    ? decl.impl() : new Named(decl.name(), decl.impl());
            decls.put(decl.name(), new BuiltinDecl(decl.name(), decl.arity(), decl.category(), impl,
                    decl.relation(), decl.deterministic(), decl.deprecated()));
            return this;
        }

        /** Adds a deterministic function builtin. */
        public Builder add(String name, int arity, String category, Builtin impl) {
            return add(new BuiltinDecl(name, arity, category, impl, false, true, false));
        }

        /** Adds a builtin whose result may differ between calls (time, randomness). */
        public Builder addNondeterministic(String name, int arity, String category, Builtin impl) {
            return add(new BuiltinDecl(name, arity, category, impl, false, false, false));
        }

        /** Adds a relation: {@code impl} returns an array of every result. */
        public Builder addRelation(String name, int arity, String category, Builtin impl) {
            return add(new BuiltinDecl(name, arity, category, impl, true, true, false));
        }

        /** Adds a builtin OPA deprecated (still callable from v0 policies). */
        public Builder addDeprecated(String name, int arity, String category, Builtin impl) {
            return add(new BuiltinDecl(name, arity, category, impl, false, true, true));
        }

        /**
         * Declares a builtin that the evaluator or compiler implements itself ({@code print},
         * {@code rego.metadata.rule}); calling the registry's entry is an error.
         */
        public Builder addEvaluatorBuiltin(String name, int arity, String category) {
            return add(new BuiltinDecl(name, arity, category, (ctx, args) -> {
                throw new BuiltinFailure("implemented by the evaluator, not callable directly");
            }, false, false, false));
        }

        /**
         * Declares a builtin that reaches outside the sandbox (network, keys, environment): its
         * name resolves, so {@code with} can mock it, but calling it fails with an error that
         * stops evaluation, unless an embedder registers a real implementation.
         */
        public Builder addSandboxed(String name, int arity, String category) {
            String message = name + ": not available in authlint's sandbox";
            return add(new BuiltinDecl(name, arity, category, (ctx, args) -> {
                throw new BuiltinException(BuiltinException.BUILTIN_ERROR, message, true, null);
            }, false, false, false));
        }

        /**
         * Declares an OPA builtin authlint does not implement: its name resolves, and calling it
         * fails with an error that stops evaluation.
         */
        public Builder addUnsupported(String name, int arity, String category) {
            String message = name + ": not supported by authlint's Rego engine";
            return add(new BuiltinDecl(name, arity, category, (ctx, args) -> {
                throw new BuiltinException(BuiltinException.BUILTIN_ERROR, message, true, null);
            }, false, true, false));
        }

        /** The registry of the declarations added so far. */
        public BuiltinRegistry build() {
            return new BuiltinRegistry(Collections.unmodifiableMap(new TreeMap<>(decls)));
        }
    }

    /**
     * The one wrapper around every builtin: adds the name prefix and maps failures to OPA's
     * codes, so no builtin formats its own errors.
     */
    private record Named(String name, Builtin inner) implements Builtin {
        @Override
        public Value call(BuiltinContext ctx, List<Value> args) {
            try {
                return inner.call(ctx, args);
            } catch (BuiltinFailure e) {
                throw new BuiltinException(e.code(), name + ": " + e.getMessage(), false, e);
            } catch (ArithmeticException | IllegalArgumentException e) {
                // Library errors (number formats, regex syntax, overflow) are the builtin's failure,
                // not an engine crash.
                throw new BuiltinException(BuiltinException.BUILTIN_ERROR, name + ": " + e.getMessage(), false, e);
            }
        }
    }
}

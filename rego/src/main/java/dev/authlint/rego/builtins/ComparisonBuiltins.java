package dev.authlint.rego.builtins;

import dev.authlint.rego.value.BooleanValue;
import dev.authlint.rego.value.Value;
import java.util.List;

/** The comparison operators ({@code == != < <= > >=}) over OPA's total order of values. */
final class ComparisonBuiltins {

    private ComparisonBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.add("equal", 2, "comparison", ComparisonBuiltins::equal);
        b.add("neq", 2, "comparison", ComparisonBuiltins::notEqual);
        b.add("lt", 2, "comparison", ComparisonBuiltins::lessThan);
        b.add("lte", 2, "comparison", ComparisonBuiltins::lessThanOrEqual);
        b.add("gt", 2, "comparison", ComparisonBuiltins::greaterThan);
        b.add("gte", 2, "comparison", ComparisonBuiltins::greaterThanOrEqual);
    }

    /** {@code x == y}. */
    static Value equal(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0).equals(args.get(1)));
    }

    /** {@code x != y}. */
    static Value notEqual(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(!args.get(0).equals(args.get(1)));
    }

    /** {@code x < y}. */
    static Value lessThan(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0).compareTo(args.get(1)) < 0);
    }

    /** {@code x <= y}. */
    static Value lessThanOrEqual(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0).compareTo(args.get(1)) <= 0);
    }

    /** {@code x > y}. */
    static Value greaterThan(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0).compareTo(args.get(1)) > 0);
    }

    /** {@code x >= y}. */
    static Value greaterThanOrEqual(BuiltinContext ctx, List<Value> args) {
        return BooleanValue.of(args.get(0).compareTo(args.get(1)) >= 0);
    }
}

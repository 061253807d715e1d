package dev.authlint.rego.eval.plan;

import dev.authlint.rego.value.Value;

/**
 * A term the evaluator can evaluate (to zero or more values) or unify against a value. Variables
 * are frame slots; refs keep their path as operands so unbound keys can enumerate.
 */
public sealed interface Operand
        permits Operand.Const, Operand.Local, Operand.InputRoot, Operand.DataRoot, Operand.RefOp, Operand.RuleRef,
                Operand.ArrayOp, Operand.ObjectOp, Operand.SetOp, Operand.Comprehension, Operand.CallOp {

    /** A constant (scalar, or a composite literal without variables). */
    record Const(Value value) implements Operand {
    }

    /** A variable: a slot in the current frame. {@code name} is the user's name, for results and errors. */
    record Local(int slot, String name) implements Operand {
    }

    /** The {@code input} document. */
    record InputRoot() implements Operand {
    }

    /** The {@code data} document (base documents merged with rules). */
    record DataRoot() implements Operand {
    }

    /** A reference {@code head[path0][path1]...}; the head is never itself a ref. */
    record RefOp(Operand head, Operand[] path) implements Operand {
    }

    /**
     * A {@code data} ref whose constant prefix names a rule set without sub-documents
     * ({@code data.pkg.allow}, {@code data.pkg.deny[x]}): the evaluator reads the rule set's value
     * directly instead of walking the tree, unless {@code with data...} is in effect, when it
     * evaluates {@code ref}.
     *
     * @param rules the rule set the first {@code depth} path elements lead to
     * @param depth how many path elements of {@code ref} name {@code rules}
     * @param ref   the full ref
     */
    record RuleRef(DataNode rules, int depth, RefOp ref) implements Operand {
    }

    /** An array literal with at least one non-constant element. */
    record ArrayOp(Operand[] items) implements Operand {
    }

    /** An object literal with at least one non-constant key or value. */
    record ObjectOp(Operand[] keys, Operand[] values) implements Operand {
    }

    /** A set literal with at least one non-constant element. */
    record SetOp(Operand[] items) implements Operand {
    }

    /** An array, set or object comprehension; {@code key} is null except for objects. */
    record Comprehension(Kind kind, Operand key, Operand value, Body body) implements Operand {
        /** What a comprehension builds. */
        public enum Kind { ARRAY, SET, OBJECT }
    }

    /** A call used as a value: {@code f(x)} inside another term. */
    record CallOp(FunctionRef function, Operand[] args, dev.authlint.rego.ast.Location location)
            implements Operand {
    }
}

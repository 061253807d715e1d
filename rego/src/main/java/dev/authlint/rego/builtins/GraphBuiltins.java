package dev.authlint.rego.builtins;

import dev.authlint.rego.value.ArrayValue;
import dev.authlint.rego.value.NumberValue;
import dev.authlint.rego.value.ObjectValue;
import dev.authlint.rego.value.SetValue;
import dev.authlint.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code walk} (a relation) and the graph builtins {@code graph.reachable}, {@code graph.reachable_paths}. */
final class GraphBuiltins {

    private GraphBuiltins() {
    }

    static void register(BuiltinRegistry.Builder b) {
        b.addRelation("walk", 1, "graph", GraphBuiltins::walk);
        b.add("graph.reachable", 2, "graph", GraphBuiltins::reachable);
        b.add("graph.reachable_paths", 2, "graph", GraphBuiltins::reachablePaths);
    }

    /**
     * {@code walk(x)}: every {@code [path, value]} pair of x, pre-order, children in sorted
     * order (array indexes, object keys, set members as path segments).
     */
    static Value walk(BuiltinContext ctx, List<Value> args) {
        List<Value> out = new ArrayList<>();
        walk(ctx, new ArrayList<>(), args.get(0), out);
        return ArrayValue.of(out);
    }

    private static void walk(BuiltinContext ctx, List<Value> path, Value v, List<Value> out) {
        if ((out.size() & 0x3ff) == 0) {
            ctx.checkCancelled();
        }
        out.add(ArrayValue.of(ArrayValue.of(path), v));
        if (v instanceof ArrayValue a) {
            for (int i = 0; i < a.size(); i++) {
                path.add(NumberValue.of(i));
                walk(ctx, path, a.get(i), out);
                path.remove(path.size() - 1);
            }
        } else if (v instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries()) {
                path.add(e.getKey());
                walk(ctx, path, e.getValue(), out);
                path.remove(path.size() - 1);
            }
        } else if (v instanceof SetValue s) {
            for (Value e : s.elements()) {
                path.add(e);
                walk(ctx, path, e, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The neighbours of a node: the elements of an array or set (anything else has none). */
    private static List<Value> vertices(Value edges) {
        if (edges instanceof ArrayValue a) {
            return a.elements();
        }
        if (edges instanceof SetValue s) {
            return List.copyOf(s.elements());
        }
        return List.of();
    }

    private static List<Value> initialNodes(List<Value> args) {
        Value initial = args.get(1);
        if (!(initial instanceof ArrayValue || initial instanceof SetValue)) {
            throw new OperandTypeException("operand 2 must be {array, set} but got " + initial.typeName());
        }
        return vertices(initial);
    }

    /** {@code graph.reachable(graph, initial)}: every node reachable from the initial nodes (those in the graph). */
    static Value reachable(BuiltinContext ctx, List<Value> args) {
        ObjectValue graph = Operands.object(args, 1);
        Deque<Value> queue = new ArrayDeque<>(initialNodes(args));
        SetValue.Builder reached = SetValue.builder();
        while (!queue.isEmpty()) {
            Value node = queue.poll();
            Value edges = graph.get(node);
            if (edges != null && !reached.contains(node)) {
                for (Value neighbour : vertices(edges)) {
                    if (!reached.contains(neighbour)) {
                        queue.add(neighbour);
                    }
                }
                reached.add(node);
            }
        }
        return reached.build();
    }

    /**
     * {@code graph.reachable_paths(graph, initial)}: the set of paths from each initial node,
     * each ending at a node without edges or where it would revisit a node.
     */
    static Value reachablePaths(BuiltinContext ctx, List<Value> args) {
        ObjectValue graph = Operands.object(args, 1);
        SetValue.Builder result = SetValue.builder();
        for (Value start : initialNodes(args)) {
            paths(ctx, graph, start, new ArrayList<>(), result, new HashSet<>());
        }
        return result.build();
    }

    private static void paths(BuiltinContext ctx, ObjectValue graph, Value root, List<Value> path,
            SetValue.Builder result, Set<Value> reached) {
        ctx.checkCancelled();
        Value edges = graph.get(root);
        if (edges == null) {
            // A node outside the graph ends the path without joining it.
            result.add(ArrayValue.of(path));
            return;
        }
        List<Value> extended = new ArrayList<>(path);
        extended.add(root);
        List<Value> neighbours = vertices(edges);
        if (neighbours.isEmpty()) {
            result.add(ArrayValue.of(extended));
            return;
        }
        for (Value neighbour : neighbours) {
            if (reached.contains(neighbour)) {
                result.add(ArrayValue.of(extended));
            } else {
                reached.add(root);
                paths(ctx, graph, neighbour, extended, result, reached);
            }
        }
    }
}

package dev.diffkernel.calc.graph;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One node of a {@link ComputationGraph}: an input variable, or an operation on earlier nodes. Immutable.
 *
 * @param id its index in {@link ComputationGraph#nodes()}, inputs first, in an order where every node comes
 *     after its inputs
 * @param name how the walk-through calls it: the variable ({@code x}), {@code t1, t2, …} for intermediate
 *     results as the notes write {@code t = 3x^2}, or the function's name for the output; never null
 * @param operation the operation on its inputs' names, e.g. {@code t1 + t2} or {@code t3^2}; for an input, its
 *     name; never null
 * @param expression what the node computes, in the function's own variables, e.g. {@code x*y + sin(x)}; never null
 * @param inputs the ids of the nodes it reads, each once (in {@code x*x} the node x is one input), in operand
 *     order; copied, never null, empty for an input
 * @param layer its column in a drawing: 0 for inputs, else one more than its deepest input
 */
public record GraphNode(int id, String name, String operation, String expression, List<Integer> inputs, int layer) {
    /** Checks the components. */
    public GraphNode {
        requireNonNull(name, "name");
        requireNonNull(operation, "operation");
        requireNonNull(expression, "expression");
        inputs = List.copyOf(inputs);
        if (id < 0 || layer < 0) {
            throw new IllegalArgumentException("id and layer must be >= 0 but were " + id + " and " + layer);
        }
    }

    /** True for an input variable (a leaf of the graph). */
    public boolean isInput() {
        return inputs.isEmpty() && operation.equals(name);
    }

    /** What a drawing writes in the node: {@code x}, or {@code t1 = x*y}. */
    public String label() {
        return operation.equals(name) ? name : name + " = " + operation;
    }

    @Override
    public String toString() {
        return label();
    }
}

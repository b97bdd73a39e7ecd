package dev.diffkernel.calc.graph;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.graph.internal.Evaluate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A computational graph after the forward pass (every node's value at a point) and the backward pass (every
 * node's ∂f/∂node, by reverse-mode differentiation: the output's 1 multiplied back along every edge by the
 * local derivative and summed where paths meet). Immutable; the arrays it hands out are copies.
 */
public final class EvaluatedGraph {
    private final ComputationGraph graph;
    private final double[] point;
    private final double[] values;
    private final double[] adjoints;
    private final List<BackwardStep> steps;
    private final double[][] locals;

    EvaluatedGraph(ComputationGraph graph, double[] point) {
        this.graph = graph;
        this.point = point;
        List<GraphNode> nodes = graph.nodes();
        int n = nodes.size();
        values = new double[n];
        Map<String, Double> byName = new HashMap<>();
        for (GraphNode node : nodes) {
            double value = node.isInput()
                    ? point[graph.variables().indexOf(node.name())]
                    : Evaluate.of(graph.local(node.id()), byName);
            values[node.id()] = value;
            byName.put(node.name(), value);
        }
        locals = new double[n][];
        adjoints = new double[n];
        int output = graph.output().id();
        adjoints[output] = 1;
        List<BackwardStep> done = new ArrayList<>();
        for (int id = output; id >= 0; id--) {
            GraphNode node = nodes.get(id);
            locals[id] = new double[node.inputs().size()];
            for (int k = 0; k < node.inputs().size(); k++) {
                GraphNode input = nodes.get(node.inputs().get(k));
                var derivative = graph.localDerivative(node, k);
                double local = Evaluate.of(derivative, byName);
                locals[id][k] = local;
                double product = adjoints[id] * local;
                adjoints[input.id()] += product;
                done.add(new BackwardStep(input.name(), node.name(),
                        "∂" + node.name() + "/∂" + input.name() + " = " + ExprFormat.text(derivative),
                        local, adjoints[id], product, adjoints[input.id()]));
            }
        }
        this.steps = List.copyOf(done);
    }

    /** The graph that was evaluated; never null. */
    public ComputationGraph graph() {
        return graph;
    }

    /** The point, one value per variable; a copy. */
    public double[] point() {
        return point.clone();
    }

    /** f at the point: the output node's value from the forward pass. */
    public double value() {
        return values[graph.output().id()];
    }

    /**
     * The gradient ∇f at the point, from the backward pass: ∂f/∂input for each variable in argument order. Exact
     * up to rounding, as the symbolic gradient; no step h is involved.
     *
     * @return a new array, one entry per variable
     */
    public double[] gradient() {
        double[] gradient = new double[graph.variables().size()];
        for (GraphNode node : graph.nodes()) {
            if (node.isInput()) {
                gradient[graph.variables().indexOf(node.name())] = adjoints[node.id()];
            }
        }
        return gradient;
    }

    /** Every node's forward value, indexed like {@link ComputationGraph#nodes()}; a copy. */
    public double[] values() {
        return values.clone();
    }

    /** Every node's ∂f/∂node from the backward pass, indexed like {@link ComputationGraph#nodes()}; a copy. */
    public double[] gradients() {
        return adjoints.clone();
    }

    /**
     * A node's forward value.
     *
     * @param name e.g. {@code x} or {@code t1}
     * @throws IllegalArgumentException if the graph has no such node
     */
    public double valueOf(String name) {
        return values[find(name).id()];
    }

    /**
     * A node's ∂f/∂node.
     *
     * @param name e.g. {@code x} or {@code t1}
     * @throws IllegalArgumentException if the graph has no such node
     */
    public double gradientOf(String name) {
        return adjoints[find(name).id()];
    }

    private GraphNode find(String name) {
        requireNonNull(name, "name");
        for (GraphNode node : graph.nodes()) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        throw new IllegalArgumentException("no node named '" + name + "' in the graph of " + graph.label()
                + "; its nodes are " + graph.nodes().stream().map(GraphNode::name).toList());
    }

    /**
     * The local derivatives: for each node id, ∂node/∂input at the point for each of its inputs, in the order of
     * {@code node.inputs()}.
     *
     * @return a new array of new arrays; empty ones for inputs
     */
    public double[][] localDerivatives() {
        double[][] copy = new double[locals.length][];
        for (int i = 0; i < locals.length; i++) {
            copy[i] = locals[i].clone();
        }
        return copy;
    }

    /** The backward pass, one step per edge, from the output back to the inputs; never null. */
    public List<BackwardStep> backwardSteps() {
        return steps;
    }

    /**
     * The backward pass as a table, one row per edge from the output back: node, the parent it is read by, the
     * local derivative (formula and value), the upstream gradient ∂f/∂parent, their product, and ∂f/∂node summed
     * so far. The chain rule at work, one backward step per row (the derivation of a formula's derivative is
     * {@code fn(...).diff().steps()}).
     *
     * @return a new Tablesaw table, never null
     */
    public Table steps() {
        Table table = Table.create("backward pass of " + graph.label() + " at " + pointText(),
                StringColumn.create("node"), StringColumn.create("parent"), StringColumn.create("local derivative"),
                DoubleColumn.create("local"), DoubleColumn.create("upstream ∂" + graph.name() + "/∂parent"),
                DoubleColumn.create("product"), DoubleColumn.create("∂" + graph.name() + "/∂node so far"));
        for (BackwardStep step : steps) {
            table.stringColumn(0).append(step.node());
            table.stringColumn(1).append(step.parent());
            table.stringColumn(2).append(step.rule());
            table.doubleColumn(3).append(step.local());
            table.doubleColumn(4).append(step.upstream());
            table.doubleColumn(5).append(step.product());
            table.doubleColumn(6).append(step.total());
        }
        return table;
    }

    /**
     * Every node with its definition, forward value and ∂f/∂node, in forward order.
     *
     * @return a new Tablesaw table, never null
     */
    public Table table() {
        Table table = Table.create("forward and backward pass of " + graph.label() + " at " + pointText(),
                StringColumn.create("node"), StringColumn.create("computes"), StringColumn.create("expression"),
                DoubleColumn.create("value"), DoubleColumn.create("∂" + graph.name() + "/∂node"));
        for (GraphNode node : graph.nodes()) {
            table.stringColumn(0).append(node.name());
            table.stringColumn(1).append(node.isInput() ? "input" : node.operation());
            table.stringColumn(2).append(node.expression());
            table.doubleColumn(3).append(values[node.id()]);
            table.doubleColumn(4).append(adjoints[node.id()]);
        }
        return table;
    }

    /** E.g. {@code (x, y) = (1, 2)}. */
    public String pointText() {
        StringJoiner names = new StringJoiner(", ", "(", ")");
        StringJoiner numbers = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < point.length; i++) {
            names.add(graph.variables().get(i));
            numbers.add(ExprFormat.number(point[i]));
        }
        return point.length == 1 ? names.toString().replaceAll("[()]", "") + " = " + numbers.toString()
                .replaceAll("[()]", "") : names + " = " + numbers;
    }

    /**
     * The plain-text picture: each node with its value and gradient, then f and ∇f.
     * <pre>
     * Computational graph of f(x, y) = (x*y + sin(x))^2 at (x, y) = (1, 2)
     *   x                 value 1        ∂f/∂x 14.436…
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Computational graph of " + graph.label() + " at " + pointText() + "\n");
        int width = 0;
        for (GraphNode node : graph.nodes()) {
            width = Math.max(width, node.label().length());
        }
        for (GraphNode node : graph.nodes()) {
            sb.append("  ").append(node.label()).append(" ".repeat(width - node.label().length()))
                    .append("  value ").append(Double.toString(values[node.id()]))
                    .append("  ∂").append(graph.name()).append("/∂").append(node.name()).append(" ")
                    .append(Double.toString(adjoints[node.id()])).append('\n');
        }
        sb.append(graph.name()).append(" = ").append(value()).append(", ∇").append(graph.name()).append(" = ")
                .append(java.util.Arrays.toString(gradient()));
        return sb.toString();
    }
}

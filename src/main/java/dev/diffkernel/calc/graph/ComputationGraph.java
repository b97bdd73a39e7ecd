package dev.diffkernel.calc.graph;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.graph.internal.Builder;
import java.util.List;
import java.util.StringJoiner;

/**
 * The computational graph of a formula: its variables on the left, one node per operation, the output on the
 * right, as the book draws forward and backward propagation. Immutable. Get one with
 * {@code fn("f(x, y) = (x*y + sin(x))^2").graph()}, and evaluate it with {@link #at(double...)}: the forward
 * pass gives every node its value, the backward pass (reverse-mode differentiation, the chain rule from the
 * output back) gives every node ∂f/∂node.
 */
public final class ComputationGraph {
    private final String name;
    private final List<String> variables;
    private final Expr formula;
    private final Builder.Parts parts;

    /**
     * Builds the graph of a formula.
     *
     * @param name the function's name, e.g. {@code f}; not null or blank
     * @param variables its variables in argument order; each is an input node; never null
     * @param formula the formula; every variable it uses must be listed; never null
     * @return the graph, never null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ComputationGraph of(String name, List<String> variables, Expr formula) {
        requireNonNull(name, "name");
        requireNonNull(formula, "formula");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new ComputationGraph(name, List.copyOf(variables), formula);
    }

    private ComputationGraph(String name, List<String> variables, Expr formula) {
        this.name = name;
        this.variables = variables;
        this.formula = formula;
        this.parts = Builder.build(variables, name, formula);
    }

    /** The function's name, e.g. {@code f}. */
    public String name() {
        return name;
    }

    /** The input variables, in argument order; never null. */
    public List<String> variables() {
        return variables;
    }

    /**
     * The function as text, its label in tables and pictures, e.g. {@code f(x, y) = (xy + sin(x))^2};
     * like {@code Run.label()}.
     */
    public String label() {
        return name + "(" + String.join(", ", variables) + ") = " + ExprFormat.text(formula);
    }

    /** Every node, inputs first and each node after its inputs; never null. */
    public List<GraphNode> nodes() {
        return parts.nodes();
    }

    /** The output node, whose value is f. */
    public GraphNode output() {
        return parts.nodes().get(parts.output());
    }

    /** The number of layers (columns) of a drawing: 1 + the output's layer. */
    public int layers() {
        int deepest = 0;
        for (GraphNode node : parts.nodes()) {
            deepest = Math.max(deepest, node.layer());
        }
        return deepest + 1;
    }

    /**
     * The local derivative ∂node/∂input as a formula over node names, e.g. {@code 2t3} for {@code f = t3^2}.
     *
     * @param node the node, from {@link #nodes()}
     * @param input the index of the input in {@code node.inputs()}
     * @return the formula, never null
     * @throws IndexOutOfBoundsException if there is no such input
     */
    public Expr localDerivative(GraphNode node, int input) {
        return parts.derivatives().get(node.id()).get(input);
    }

    Expr local(int id) {
        return parts.locals().get(id);
    }

    /**
     * Runs the forward pass (every node's value) and the backward pass (every node's ∂f/∂node) at a point.
     *
     * @param point one finite value per variable, in argument order; copied
     * @return the evaluated graph, never null
     * @throws IllegalArgumentException if the point has the wrong number of coordinates or one is not finite
     */
    public EvaluatedGraph at(double... point) {
        requireNonNull(point, "point");
        if (point.length != variables.size()) {
            throw new IllegalArgumentException(name + " has " + variables.size() + " variable"
                    + (variables.size() == 1 ? "" : "s") + " " + variables + " but got " + point.length
                    + " value" + (point.length == 1 ? "" : "s"));
        }
        for (int i = 0; i < point.length; i++) {
            if (!Double.isFinite(point[i])) {
                throw new IllegalArgumentException(variables.get(i) + " must be finite but was " + point[i]);
            }
        }
        return new EvaluatedGraph(this, point.clone());
    }

    /** The nodes one per line, e.g. {@code t1 = x*y    [x*y]}. */
    @Override
    public String toString() {
        StringJoiner lines = new StringJoiner("\n", "Computational graph of " + label() + " ("
                + nodes().size() + " nodes)\n", "");
        for (GraphNode node : nodes()) {
            lines.add("  " + node.label() + (node.isInput() || node.operation().equals(node.expression())
                    ? "" : "    [" + node.expression() + "]"));
        }
        return lines.toString();
    }
}

package dev.diffkernel.nn;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.common.Numbers;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A perceptron: y = a(w₁x₁ + … + wₙxₙ + b), with weights w, bias b (the threshold θ is −b) and
 * activation a; it shows the notes' tables of weighted input z and output y.
 *
 * <p>Immutable: the fluent steps {@link #bias}, {@link #threshold} and {@link #activation} return new
 * perceptrons, and the weights array is copied in and out.
 *
 * @param weights the weights w₁ … wₙ, never null, at least one
 * @param bias the bias b, finite
 * @param activation the activation a, never null
 */
public record Perceptron(double[] weights, double bias, Activation activation) {
    /**
     * Checks and copies the weights.
     *
     * @throws IllegalArgumentException if there are no weights or a value is not finite
     * @throws NullPointerException if {@code weights} or {@code activation} is null
     */
    public Perceptron {
        requireNonNull(weights, "weights");
        requireNonNull(activation, "activation");
        if (weights.length == 0) {
            throw new IllegalArgumentException("A perceptron needs at least one weight but got none");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight w" + (i + 1) + " must be finite but was " + weights[i]);
            }
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite but was " + bias);
        }
        weights = weights.clone();
    }

    /**
     * Makes a perceptron with these weights, bias 0 and the step activation.
     *
     * @param weights w₁ … wₙ, never null, at least one
     * @return a new perceptron, never null
     * @throws IllegalArgumentException if there are no weights
     */
    public static Perceptron withWeights(double... weights) {
        return new Perceptron(weights, 0, Activation.STEP);
    }

    /** Returns a copy of the weights, never null. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Returns the threshold θ = −b. */
    public double threshold() {
        return -bias;
    }

    /** Returns the number of inputs, the number of weights. */
    public int inputs() {
        return weights.length;
    }

    /**
     * Returns this perceptron with another bias.
     *
     * @param bias the bias b, finite
     * @return a new perceptron, never null
     */
    public Perceptron bias(double bias) {
        return new Perceptron(weights, bias, activation);
    }

    /**
     * Returns this perceptron with a threshold θ, that is bias −θ: it fires when w·x ≥ θ.
     *
     * @param theta the threshold θ, finite
     * @return a new perceptron, never null
     */
    public Perceptron threshold(double theta) {
        return new Perceptron(weights, -theta, activation);
    }

    /**
     * Returns this perceptron with another activation.
     *
     * @param activation the activation, never null
     * @return a new perceptron, never null
     */
    public Perceptron activation(Activation activation) {
        return new Perceptron(weights, bias, activation);
    }

    /**
     * Returns the weighted input z = w₁x₁ + … + wₙxₙ + b, summed in that order.
     *
     * @param x one value per weight, never null
     * @return z
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public double z(double... x) {
        requireNonNull(x, "x");
        if (x.length != weights.length) {
            throw new IllegalArgumentException("This perceptron has " + weights.length + " weights but got "
                    + x.length + " inputs " + Arrays.toString(x) + "; give one input per weight");
        }
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z + bias;
    }

    /**
     * Returns the output y = a(z).
     *
     * @param x one value per weight, never null
     * @return y
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public double output(double... x) {
        return activation.applyAsDouble(z(x));
    }

    /**
     * Returns the table of the notes for these inputs: columns x1 … xn, z and y, one row per input.
     *
     * @param inputs the input rows, never null, each with one value per weight
     * @return a new table, never null
     * @throws IllegalArgumentException if an input row has the wrong length
     */
    public Table table(double[]... inputs) {
        requireNonNull(inputs, "inputs");
        DoubleColumn[] xs = new DoubleColumn[weights.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Columns.doubles("x" + (i + 1));
        }
        DoubleColumn z = Columns.doubles("z");
        DoubleColumn y = Columns.doubles("y");
        for (double[] input : inputs) {
            double zi = z(input);
            for (int i = 0; i < xs.length; i++) {
                xs[i].append(input[i]);
            }
            z.append(zi);
            y.append(activation.applyAsDouble(zi));
        }
        Table table = Table.create(toString(), xs);
        return table.addColumns(z, y);
    }

    /**
     * Returns the table for every input of 0s and 1s, in counting order (00, 01, 10, 11 for two
     * inputs): the truth table of a logic gate.
     *
     * @return a new table with 2ⁿ rows, never null
     */
    public Table truthTable() {
        return table(binaryInputs(weights.length));
    }

    static double[][] binaryInputs(int n) {
        double[][] rows = new double[1 << n][n];
        for (int r = 0; r < rows.length; r++) {
            for (int i = 0; i < n; i++) {
                rows[r][i] = (r >> (n - 1 - i)) & 1;
            }
        }
        return rows;
    }

    /** Two perceptrons are equal when weights, bias and activation are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Perceptron p && Arrays.equals(weights, p.weights)
                && Double.compare(bias, p.bias) == 0 && activation.equals(p.activation);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weights) + Double.hashCode(bias)) + activation.hashCode();
    }

    /** Returns the formula in LaTeX math mode, e.g. {@code y = \sigma\left(2x_{1} + 3x_{2} - 1\right)}. */
    public String toLatex() {
        return "y = " + activation.symbol() + "\\left(" + sum("x_", true) + "\\right)";
    }

    /** Returns the formula, e.g. {@code y = sigmoid(2x1 + 3x2 - 1)}. */
    @Override
    public String toString() {
        return "y = " + activation.name() + "(" + sum("x", false) + ")";
    }

    private String sum(String variable, boolean latex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            String index = latex ? "{" + (i + 1) + "}" : Integer.toString(i + 1);
            term(out, weights[i], variable + index, latex);
        }
        if (bias != 0) {
            term(out, bias, "", latex);
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    private static void term(StringBuilder out, double coefficient, String variable, boolean latex) {
        if (coefficient == 0 && !variable.isEmpty()) {
            return;
        }
        double magnitude = Math.abs(coefficient);
        if (out.length() == 0) {
            out.append(coefficient < 0 ? "-" : "");
        } else {
            out.append(coefficient < 0 ? " - " : " + ");
        }
        if (magnitude != 1 || variable.isEmpty()) {
            out.append(latex ? Numbers.latex(magnitude) : Numbers.significant(magnitude));
        }
        out.append(variable);
    }
}

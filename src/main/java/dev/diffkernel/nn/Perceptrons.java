package dev.diffkernel.nn;

import java.util.List;

/**
 * Perceptrons and logic gates in the notebook DSL (the kernel imports them with
 * {@code import static dev.diffkernel.nn.Perceptrons.*;}): a perceptron from its weights, the AND, NAND
 * and OR gates of the lecture, and XOR as a network of two layers, e.g.
 * {@code perceptron(2, 3).bias(-1).activation(SIGMOID)} or {@code xorNetwork().truthTable()}.
 *
 * <p>All methods are static and stateless; all results are immutable.
 */
public final class Perceptrons {
    private Perceptrons() {}

    /**
     * Makes a perceptron with these weights, bias 0 and the step activation; continue with
     * {@code .bias(-1)} or {@code .threshold(0.7)} and {@code .activation(SIGMOID)}, then show
     * {@code .table(...)} or {@code .truthTable()}.
     *
     * @param weights w₁ … wₙ, never null, at least one
     * @return a new perceptron, never null
     * @throws IllegalArgumentException if there are no weights
     */
    public static Perceptron perceptron(double... weights) {
        return Perceptron.withWeights(weights);
    }

    /**
     * Returns the AND gate: weights 0.5 and 0.5, threshold 0.7, step activation;
     * {@code andGate().output(1, 1)} is 1, {@code andGate().truthTable()} shows all four rows.
     *
     * @return the perceptron, never null
     */
    public static Perceptron andGate() {
        return perceptron(0.5, 0.5).threshold(0.7);
    }

    /**
     * Returns the NAND gate: weights −0.5 and −0.5, threshold −0.7, step activation;
     * {@code nandGate().output(1, 1)} is 0.
     *
     * @return the perceptron, never null
     */
    public static Perceptron nandGate() {
        return perceptron(-0.5, -0.5).threshold(-0.7);
    }

    /**
     * Returns the OR gate: weights 0.5 and 0.5, threshold 0.2, step activation;
     * {@code orGate().output(0, 1)} is 1.
     *
     * @return the perceptron, never null
     */
    public static Perceptron orGate() {
        return perceptron(0.5, 0.5).threshold(0.2);
    }

    /**
     * Returns XOR as two layers, which no single perceptron can be: h1 = NAND(x1, x2),
     * h2 = OR(x1, x2), y = AND(h1, h2).
     *
     * @return the network, never null
     */
    public static PerceptronNetwork xorNetwork() {
        return perceptronNetwork(List.of(nandGate(), orGate()), List.of(andGate()));
    }

    /**
     * Makes a network of perceptrons in layers, e.g.
     * {@code perceptronNetwork(List.of(nandGate(), orGate()), List.of(andGate()))}.
     *
     * @param layers the layers from input to output, never null, none empty
     * @return a new network, never null
     * @throws IllegalArgumentException if a perceptron's number of weights does not fit the layer before
     */
    @SafeVarargs
    public static PerceptronNetwork perceptronNetwork(List<Perceptron>... layers) {
        return PerceptronNetwork.of(layers);
    }
}

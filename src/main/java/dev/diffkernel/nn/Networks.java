package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Calculus;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.Numerical;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The notebook DSL for the neural-network lectures: activations, softmax and losses, perceptrons
 * and logic gates, the lecture's {@code simpleNet} and its gradients. Matrices are made with
 * {@link dev.diffkernel.linalg.Matrices}; distances, sequences and normal samples live in
 * {@code dev.diffkernel.data}. The kernel imports it with {@code import static dev.diffkernel.nn.Networks.*;}.
 *
 * <p>All methods are static and stateless; all results are immutable.
 */
public final class Networks {
    /** The unit step u(z): 1 when z &gt; 0, else 0. Use it as a perceptron's activation. */
    public static final Activation STEP = Activation.STEP;
    /** The sigmoid σ(z) = 1 / (1 + e^(−z)). Use it as a perceptron's activation. */
    public static final Activation SIGMOID = Activation.SIGMOID;
    /** ReLU(z) = max(0, z). Use it as a perceptron's activation. */
    public static final Activation RELU = Activation.RELU;
    /** tanh(z). Use it as a perceptron's activation. */
    public static final Activation TANH = Activation.TANH;

    private Networks() {}

    // ---------------------------------------------------------------- activations

    /**
     * The sigmoid σ(x) = 1 / (1 + e^(-x)) as a function to plot, tabulate and differentiate:
     * {@code sigmoid().diff()} is σ'(x) = σ(x)·(1 - σ(x)).
     *
     * @return the function σ, never null
     */
    public static Fn sigmoid() {
        return Calculus.fn("σ", "sigmoid(x)");
    }

    /**
     * The step function (1 for x > 0, else 0) as a function to plot; its derivative is 0 wherever
     * it exists, which is why learning needs the sigmoid instead.
     *
     * @return the function, never null
     */
    public static Fn step() {
        return Calculus.fn("step", "step(x)");
    }

    /**
     * ReLU(x) = max(x, 0) as a function to plot and differentiate (its derivative is the step).
     *
     * @return the function, never null
     */
    public static Fn relu() {
        return Calculus.fn("ReLU", "relu(x)");
    }

    /**
     * tanh as a function to plot and differentiate: tanh'(x) = 1 - tanh(x)^2.
     *
     * @return the function, never null
     */
    public static Fn tanh() {
        return Calculus.fn("tanh", "tanh(x)");
    }

    /**
     * Returns the unit step u(z): 1 when z &gt; 0, else 0 (the notes' {@code x > 0}), the same as
     * {@code step().at(z)}.
     *
     * @param z the weighted input
     * @return 0 or 1
     */
    public static double step(double z) {
        return STEP.applyAsDouble(z);
    }

    /**
     * Returns u(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array of 0s and 1s, never null
     */
    public static double[] step(double... z) {
        return STEP.apply(z);
    }

    /**
     * Returns u(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix of 0s and 1s, never null
     */
    public static Matrix step(Matrix z) {
        return STEP.apply(z);
    }

    /**
     * Returns the sigmoid σ(z) = 1 / (1 + e^(−z)), e.g. {@code sigmoid(-10)} = 4.5397868702434395e-05.
     *
     * @param z the weighted input
     * @return σ(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        return SIGMOID.applyAsDouble(z);
    }

    /**
     * Returns σ(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] sigmoid(double... z) {
        return SIGMOID.apply(z);
    }

    /**
     * Returns σ(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix sigmoid(Matrix z) {
        return SIGMOID.apply(z);
    }

    /**
     * Returns the sigmoid with another base in place of e, 1 / (1 + base^(−z)), as an activation. The
     * notes compute their perceptron table "with e = 2.7": {@code sigmoidWithBase(2.7)} gives their
     * 0.43 and 0.84, where the true σ gives 0.43 and 0.85.
     *
     * @param base the base, greater than 0 and not 1
     * @return the activation, never null
     * @throws IllegalArgumentException if the base is not greater than 0 or is 1
     */
    public static Activation sigmoidWithBase(double base) {
        return Activation.sigmoidWithBase(base);
    }

    /**
     * Returns ReLU(z) = max(0, z).
     *
     * @param z the weighted input
     * @return 0 or more
     */
    public static double relu(double z) {
        return RELU.applyAsDouble(z);
    }

    /**
     * Returns ReLU of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] relu(double... z) {
        return RELU.apply(z);
    }

    /**
     * Returns ReLU of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix relu(Matrix z) {
        return RELU.apply(z);
    }

    /**
     * Returns tanh(z).
     *
     * @param z the weighted input
     * @return tanh(z), between −1 and 1
     */
    public static double tanh(double z) {
        return TANH.applyAsDouble(z);
    }

    /**
     * Returns tanh of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] tanh(double... z) {
        return TANH.apply(z);
    }

    /**
     * Returns tanh of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix tanh(Matrix z) {
        return TANH.apply(z);
    }

    // ---------------------------------------------------------------- softmax and losses

    /**
     * Returns softmax(a)_k = e^(a_k) / Σ e^(a_i), computed stably (the largest entry subtracted first).
     *
     * @param a the scores, never null, at least one
     * @return a new array of probabilities summing to 1, never null
     * @throws IllegalArgumentException if {@code a} is empty
     */
    public static double[] softmax(double... a) {
        return Losses.softmax(a);
    }

    /**
     * Returns the softmax of every row.
     *
     * @param a the scores, one sample per row, never null
     * @return a new matrix whose rows sum to 1, never null
     */
    public static Matrix softmax(Matrix a) {
        return Losses.softmax(a);
    }

    /**
     * Returns the cross-entropy error −Σ t_k log(y_k + 1e-7), the lecture's {@code cross_entropy_error}.
     *
     * @param y the predicted probabilities, never null
     * @param t the targets, e.g. one-hot {@code (0, 0, 1)}, never null, as long as {@code y}
     * @return the error
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double crossEntropy(double[] y, double[] t) {
        return Losses.crossEntropy(y, t);
    }

    /**
     * Returns the cross-entropy error of a batch (one sample per row), averaged over the rows.
     *
     * @param y the predicted probabilities, never null
     * @param t the targets, never null, of the same shape
     * @return the mean error
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double crossEntropy(Matrix y, Matrix t) {
        return Losses.crossEntropy(y, t);
    }

    /**
     * Returns lecture 001's error of sigmoid outputs, −Σ (t_i log y_i + (1 − t_i) log(1 − y_i)), with
     * no δ, as the notes write it.
     *
     * @param y the sigmoid outputs, never null, strictly between 0 and 1 for a finite result
     * @param t the targets, never null, as long as {@code y}
     * @return the error
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double binaryCrossEntropy(double[] y, double[] t) {
        return Losses.binaryCrossEntropy(y, t);
    }

    /**
     * Returns the mean squared error (1/n) Σ (y_k − t_k)².
     *
     * @param y the predictions, never null, at least one
     * @param t the targets, never null, as long as {@code y}
     * @return the error, 0 or more
     * @throws IllegalArgumentException if the lengths differ or are 0
     */
    public static double meanSquaredError(double[] y, double[] t) {
        return Losses.meanSquaredError(y, t);
    }

    // ---------------------------------------------------------------- perceptrons

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

    // ---------------------------------------------------------------- simpleNet and gradients

    /**
     * Makes the lecture's {@code simpleNet} with weights W: scores x·W, softmax, cross-entropy.
     *
     * @param weights W, never null, one row per input and one column per output (2x3 in the lecture)
     * @return a new network, never null
     */
    public static SimpleNet simpleNet(Matrix weights) {
        return new SimpleNet(weights, SimpleNet.Output.SOFTMAX_CROSS_ENTROPY);
    }

    /**
     * Makes the lecture's {@code simpleNet} with a 2x3 W drawn by {@code randn(2, 3, seed)}.
     *
     * @param seed any long; the same seed gives the same W
     * @return a new network, never null
     */
    public static SimpleNet simpleNet(long seed) {
        return simpleNet(Matrix.randn(2, 3, seed));
    }

    /**
     * Makes lecture 001's network: scores x·W, sigmoid outputs, binary cross-entropy; its gradient is
     * (y_i − t_i) x_j.
     *
     * @param weights W, never null, one row per input and one column per output
     * @return a new network, never null
     */
    public static SimpleNet sigmoidNet(Matrix weights) {
        return new SimpleNet(weights, SimpleNet.Output.SIGMOID_CROSS_ENTROPY);
    }

    /**
     * Returns the gradient of a function of a matrix by central differences with h = 1e-4, the
     * lecture's {@code numerical_gradient(f, W)}; W itself is never changed.
     *
     * @param f the function, e.g. {@code w -> net.withWeights(w).loss(x, t)}; never null
     * @param w the point, never null
     * @return a new matrix of W's shape, never null
     */
    public static Matrix numericalGradient(ToDoubleFunction<Matrix> f, Matrix w) {
        requireNonNull(f, "f");
        requireNonNull(w, "w");
        return Matrix.of(Numerical.gradient(a -> f.applyAsDouble(Matrix.of(a)), w.toArray(), SimpleNet.H));
    }

}

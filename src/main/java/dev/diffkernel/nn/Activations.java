package dev.diffkernel.nn;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Calculus;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.linalg.Matrix;

/**
 * The activation functions of the lectures in the notebook DSL (the kernel imports them with
 * {@code import static dev.diffkernel.nn.Activations.*;}): step, sigmoid, ReLU and tanh as calculus
 * functions to plot and differentiate ({@code sigmoid()}), applied to numbers, arrays and matrices
 * ({@code sigmoid(0.5)}), and as a perceptron's {@link Activation} ({@code SIGMOID}); and softmax, the
 * output layer's activation. Losses are in {@link Losses}, perceptrons in {@link Perceptrons}, networks in
 * {@link Networks}.
 *
 * <p>All methods are static and stateless; all results are immutable or new.
 */
public final class Activations {
    /** The unit step u(z): 1 when z &gt; 0, else 0. Use it as a perceptron's activation. */
    public static final Activation STEP = Activation.STEP;
    /** The sigmoid σ(z) = 1 / (1 + e^(−z)). Use it as a perceptron's activation. */
    public static final Activation SIGMOID = Activation.SIGMOID;
    /** ReLU(z) = max(0, z). Use it as a perceptron's activation. */
    public static final Activation RELU = Activation.RELU;
    /** tanh(z). Use it as a perceptron's activation. */
    public static final Activation TANH = Activation.TANH;

    private Activations() {}

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

    /**
     * Returns softmax(a)_k = e^(a_k) / Σ_i e^(a_i), computed as the lecture does it, stably: the largest
     * entry is subtracted first, so that {@code softmax(1010, 1000, 990)} does not overflow.
     *
     * @param a the scores, never null, at least one
     * @return a new array of probabilities summing to 1, never null
     * @throws IllegalArgumentException if {@code a} is empty
     */
    public static double[] softmax(double... a) {
        requireNonNull(a, "a");
        if (a.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one value but got none");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double[] exp = new double[a.length];
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            exp[i] = Math.exp(a[i] - max);
            sum += exp[i];
        }
        for (int i = 0; i < a.length; i++) {
            exp[i] /= sum;
        }
        return exp;
    }

    /**
     * Returns the softmax of every row (each row is one sample's scores).
     *
     * @param a the scores, never null
     * @return a new matrix of the same shape whose rows sum to 1, never null
     */
    public static Matrix softmax(Matrix a) {
        requireNonNull(a, "a");
        double[][] rows = a.toArray();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = softmax(rows[i]);
        }
        return Matrix.of(rows);
    }
}

package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;

import static java.util.Objects.requireNonNull;

/**
 * The loss functions of the lectures, in the notebook DSL as they are (the kernel imports them with
 * {@code import static dev.diffkernel.nn.Losses.*;}): cross-entropy (with the notes' δ = 1e-7), binary
 * cross-entropy of sigmoid outputs, and the mean squared error, e.g.
 * {@code crossEntropy(softmax(0.3, 2.9, 4.0), new double[] {0, 0, 1})}. Softmax, which turns scores into
 * the probabilities these take, is with the other activations in {@link Activations}.
 *
 * <p>All methods are static and stateless.
 */
public final class Losses {
    /** The δ that the lecture's {@code cross_entropy_error} adds inside the logarithm, so that log 0 never occurs. */
    public static final double CROSS_ENTROPY_DELTA = 1e-7;

    private Losses() {}

    /**
     * Returns the cross-entropy error E = −Σ_k t_k log(y_k + δ) with δ = 1e-7, the lecture's
     * {@code cross_entropy_error} for one sample.
     *
     * @param y the predicted probabilities, never null
     * @param t the targets (one-hot, or any distribution), never null, as long as {@code y}
     * @return the error, 0 or more for probabilities
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double crossEntropy(double[] y, double[] t) {
        checkSameLength("crossEntropy", y, t);
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            sum += t[k] * Math.log(y[k] + CROSS_ENTROPY_DELTA);
        }
        return -sum;
    }

    /**
     * Returns the cross-entropy error of a batch, one sample per row, averaged over the rows:
     * −(1/N) Σ_n Σ_k t_nk log(y_nk + δ).
     *
     * @param y the predicted probabilities, never null
     * @param t the targets, never null, of the same shape as {@code y}
     * @return the mean error
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double crossEntropy(Matrix y, Matrix t) {
        checkSameShape("crossEntropy", y, t);
        double sum = 0;
        for (int n = 0; n < y.rows(); n++) {
            sum += crossEntropy(y.row(n), t.row(n));
        }
        return sum / y.rows();
    }

    /**
     * Returns the cross-entropy of sigmoid outputs from lecture 001,
     * E = −Σ_i (t_i log x_i + (1 − t_i) log(1 − x_i)), with no δ, exactly as the notes write it. Its
     * gradient with respect to the weights before the sigmoid is (x_i − t_i) x_j.
     *
     * @param y the sigmoid outputs, never null, each strictly between 0 and 1 for a finite result
     * @param t the targets, never null, as long as {@code y}
     * @return the error; infinite when an output is exactly 0 or 1 against the opposite target
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double binaryCrossEntropy(double[] y, double[] t) {
        checkSameLength("binaryCrossEntropy", y, t);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += t[i] * Math.log(y[i]) + (1 - t[i]) * Math.log(1 - y[i]);
        }
        return -sum;
    }

    /**
     * Returns the mean squared error (1/n) Σ_k (y_k − t_k)².
     *
     * @param y the predictions, never null, at least one
     * @param t the targets, never null, as long as {@code y}
     * @return the error, 0 or more
     * @throws IllegalArgumentException if the lengths differ or are 0
     */
    public static double meanSquaredError(double[] y, double[] t) {
        checkSameLength("meanSquaredError", y, t);
        if (y.length == 0) {
            throw new IllegalArgumentException("meanSquaredError needs at least one value but got none");
        }
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            double d = y[k] - t[k];
            sum += d * d;
        }
        return sum / y.length;
    }

    static void checkSameLength(String method, double[] y, double[] t) {
        requireNonNull(y, "y");
        requireNonNull(t, "t");
        if (y.length != t.length) {
            throw new IllegalArgumentException(method + " needs y and t of the same length but y has "
                    + y.length + " values and t has " + t.length);
        }
    }

    private static void checkSameShape(String method, Matrix y, Matrix t) {
        requireNonNull(y, "y");
        requireNonNull(t, "t");
        if (!y.shape().equals(t.shape())) {
            throw new IllegalArgumentException(method + " needs y and t of the same shape but y is "
                    + y.shape() + " and t is " + t.shape());
        }
    }
}

package dev.diffkernel.nn;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Numerical;
import dev.diffkernel.linalg.Matrix;
import java.util.function.ToDoubleFunction;

/**
 * The lecture's networks in the notebook DSL (the kernel imports them with
 * {@code import static dev.diffkernel.nn.Networks.*;}): {@code simpleNet} (scores x·W, softmax,
 * cross-entropy), lecture 001's {@code sigmoidNet}, and the numerical gradient of a loss with respect to a
 * weight matrix. Their pieces have facades of their own: {@link Activations}, {@link Losses} and
 * {@link Perceptrons}; matrices are made with {@link dev.diffkernel.linalg.Matrices}.
 *
 * <p>All methods are static and stateless; all results are immutable.
 */
public final class Networks {
    private Networks() {}

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

package dev.diffkernel.nn.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.ToDoubleFunction;

/**
 * The central-difference gradient of a function of a matrix, entry by entry, as the lecture's
 * {@code numerical_gradient} computes it, but on a copy: the caller's matrix is never changed.
 *
 * <p>Internal: to be replaced by {@code dev.diffkernel.calc.Numerical.gradient} once that exists.
 */
public final class MatrixGradient {
    private MatrixGradient() {}

    /**
     * Returns ∂f/∂w_ij ≈ (f(w + h e_ij) − f(w − h e_ij)) / (2h) for every entry.
     *
     * @param f the function; it is called with a working copy of {@code w} that changes between calls,
     *     so it must not keep the array. Never null.
     * @param w the point, never null, rectangular; not modified
     * @param h the step, greater than 0
     * @return a new array of the shape of {@code w}, never null
     * @throws IllegalArgumentException if {@code h} is not greater than 0
     */
    public static double[][] central(ToDoubleFunction<double[][]> f, double[][] w, double h) {
        requireNonNull(f, "f");
        requireNonNull(w, "w");
        if (!(h > 0)) {
            throw new IllegalArgumentException("h must be > 0 but was " + h);
        }
        double[][] x = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            x[i] = w[i].clone();
        }
        double[][] grad = new double[w.length][];
        for (int i = 0; i < x.length; i++) {
            grad[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                double original = w[i][j];
                x[i][j] = original + h;
                double plus = f.applyAsDouble(x);
                x[i][j] = original - h;
                double minus = f.applyAsDouble(x);
                x[i][j] = original;
                grad[i][j] = (plus - minus) / (2 * h);
            }
        }
        return grad;
    }
}

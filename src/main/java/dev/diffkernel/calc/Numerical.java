package dev.diffkernel.calc;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * The one home of finite differences: derivatives and gradients of plain Java functions, the
 * lectures' {@code numerical_diff} and {@code numerical_gradient} for numbers, vectors and
 * matrices. Every numerical slope in DiffKernel (a {@code Fn} without a formula, gradient descent,
 * plots' tangents and arrows, networks) is computed here. The caller's arrays are never changed,
 * except by {@link #gradientInPlace}, which restores them.
 */
public final class Numerical {
    /** The lectures' step, {@code h = 1e-4} (numerical_diff and numerical_gradient). */
    public static final double H = 1e-4;

    private Numerical() {}

    /** Central difference {@code (f(x + h) - f(x - h)) / (2h)}, error O(h²). */
    public static double central(DoubleUnaryOperator f, double x, double h) {
        checkStep(h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** Forward difference {@code (f(x + h) - f(x)) / h}, error O(h). */
    public static double forward(DoubleUnaryOperator f, double x, double h) {
        checkStep(h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
    }

    /** Backward difference {@code (f(x) - f(x - h)) / h}, error O(h). */
    public static double backward(DoubleUnaryOperator f, double x, double h) {
        checkStep(h);
        return (f.applyAsDouble(x) - f.applyAsDouble(x - h)) / h;
    }


    /**
     * One central difference along coordinate {@code i}: {@code (f(x + h e_i) - f(x - h e_i)) / (2h)}.
     *
     * @param f the function, evaluated on a copy of x
     * @param x the point, not modified
     * @param i the coordinate, 0-based
     * @param h the step, > 0
     */
    public static double partial(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
        checkStep(h);
        double[] point = x.clone();
        double original = point[i];
        point[i] = original + h;
        double plus = f.applyAsDouble(point);
        point[i] = original - h;
        double minus = f.applyAsDouble(point);
        return (plus - minus) / (2 * h);
    }

    /**
     * Central-difference gradient of a value that reads {@code values}, e.g. a network's loss with
     * respect to its weights: each entry is moved by ±h in place, {@code f} is asked, and the entry
     * is restored, so no copy of a large parameter array is made.
     *
     * @param values the entries to perturb; restored exactly on return
     * @param f reads the current {@code values}
     * @param h the step, > 0
     * @return a new array of partial derivatives
     */
    public static double[] gradientInPlace(double[] values, java.util.function.DoubleSupplier f, double h) {
        checkStep(h);
        double[] gradient = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double original = values[i];
            try {
                values[i] = original + h;
                double plus = f.getAsDouble();
                values[i] = original - h;
                double minus = f.getAsDouble();
                gradient[i] = (plus - minus) / (2 * h);
            } finally {
                values[i] = original;
            }
        }
        return gradient;
    }

    /**
     * Central-difference gradient of {@code f} at {@code x}.
     *
     * @param f the function, evaluated on copies of x
     * @param x the point, not modified
     * @param h the step, > 0 (the lectures use 1e-4)
     * @return a new array of partial derivatives
     */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        checkStep(h);
        double[] point = x.clone();
        double[] gradient = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            double original = point[i];
            point[i] = original + h;
            double plus = f.applyAsDouble(point);
            point[i] = original - h;
            double minus = f.applyAsDouble(point);
            point[i] = original;
            gradient[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }

    /**
     * Central-difference gradient of {@code f} with respect to every entry of a matrix, e.g. a
     * loss with respect to weights W (the lectures' simpleNet).
     *
     * @param f the function, evaluated on copies of w
     * @param w the matrix as rows, not modified
     * @param h the step, > 0
     * @return a new matrix of partial derivatives, same shape as w
     */
    public static double[][] gradient(ToDoubleFunction<double[][]> f, double[][] w, double h) {
        checkStep(h);
        double[][] point = new double[w.length][];
        for (int r = 0; r < w.length; r++) {
            point[r] = w[r].clone();
        }
        double[][] gradient = new double[w.length][];
        for (int r = 0; r < point.length; r++) {
            gradient[r] = new double[point[r].length];
            for (int c = 0; c < point[r].length; c++) {
                double original = point[r][c];
                point[r][c] = original + h;
                double plus = f.applyAsDouble(point);
                point[r][c] = original - h;
                double minus = f.applyAsDouble(point);
                point[r][c] = original;
                gradient[r][c] = (plus - minus) / (2 * h);
            }
        }
        return gradient;
    }

    /**
     * A high-accuracy derivative by Richardson extrapolation of central differences (Ridders'
     * method): the step shrinks from {@code h0} by a factor 1.4 per round, each round cancels one
     * more power of h², and the best estimate is kept with its error estimate.
     *
     * @param f the function, never null
     * @param x the point
     * @param h0 the initial step, finite and &gt; 0 (about 0.1 times the scale of x works well)
     * @return the derivative and its estimated absolute error
     */
    public static Extrapolated richardson(DoubleUnaryOperator f, double x, double h0) {
        Objects.requireNonNull(f, "f");
        checkStep(h0);
        final int rounds = 12;
        final double shrink = 1.4;
        final double shrink2 = shrink * shrink;
        double[][] a = new double[rounds][rounds];
        double h = h0;
        a[0][0] = central(f, x, h);
        double best = a[0][0];
        double error = Double.POSITIVE_INFINITY;
        for (int i = 1; i < rounds; i++) {
            h /= shrink;
            a[0][i] = central(f, x, h);
            double factor = shrink2;
            for (int j = 1; j <= i; j++) {
                a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
                factor *= shrink2;
                double e = Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1]));
                if (e <= error) {
                    error = e;
                    best = a[j][i];
                }
            }
            if (i >= 6 && Math.abs(a[i][i] - a[i - 1][i - 1]) >= 2 * error) {
                break; // rounding error has taken over (not before a few rounds: big first steps mislead)
            }
        }
        return new Extrapolated(best, error);
    }

    /**
     * A derivative from {@link #richardson} with its error estimate.
     *
     * @param value the derivative
     * @param errorEstimate the estimated absolute error, &gt;= 0
     */
    public record Extrapolated(double value, double errorEstimate) {}

    static void checkStep(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be > 0 but was " + h);
        }
    }
}

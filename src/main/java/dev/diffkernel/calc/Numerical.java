package dev.diffkernel.calc;

import java.util.function.ToDoubleFunction;

/**
 * Numerical gradients of plain Java functions, for gradient descent and neural networks: the
 * lectures' {@code numerical_gradient} for vectors and matrices. The caller's arrays are never
 * changed.
 */
public final class Numerical {
    private Numerical() {}

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

    private static void checkStep(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be > 0 but was " + h);
        }
    }
}

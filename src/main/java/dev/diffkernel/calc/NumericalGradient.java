package dev.diffkernel.calc;

import java.util.Arrays;
import java.util.Objects;

/**
 * The numerical gradient at a point, as the lectures' {@code numerical_gradient}: a central
 * difference per variable with h = 1e-4. The caller's point is never changed. Immutable.
 */
public final class NumericalGradient {
    private final Fn f;
    private final double[] point;
    private final double h;
    private final double[] values;

    NumericalGradient(Fn f, double[] point, double h) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(point, "point");
        if (f.arity() < 0 && point.length > 0) {
            f = f.withDimensions(point.length);
        }
        if (point.length != f.arity()) {
            throw new IllegalArgumentException(f.name() + " expects a point with " + f.arity() + " coordinates ("
                    + String.join(", ", f.variables()) + ") but got " + point.length);
        }
        Numerical.checkStep(h);
        for (int i = 0; i < point.length; i++) {
            if (!Double.isFinite(point[i])) { // else the gradient would be NaN without a word
                throw new IllegalArgumentException("the point's coordinate "
                        + (i < f.variables().size() ? f.variables().get(i) : "x" + i) + " must be a finite"
                        + " number but was " + point[i]);
            }
        }
        this.f = f;
        this.point = point.clone();
        this.h = h;
        this.values = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            values[i] = partial(f, this.point, i, h);
        }
    }

    /** One central difference along coordinate {@code i}; works on a copy of the point. */
    static double partial(Fn f, double[] point, int i, double h) {
        return Numerical.partial(f::at, point, i, h);
    }

    /**
     * The gradient at the same point with another step.
     *
     * @param step the step h, finite and &gt; 0
     * @throws IllegalArgumentException if step is not finite and positive
     */
    public NumericalGradient h(double step) {
        return new NumericalGradient(f, point, step);
    }

    /** The i-th component, ∂f/∂x_i. */
    public double get(int i) {
        return values[i];
    }

    /** How many components. */
    public int size() {
        return values.length;
    }

    /** The Euclidean length |∇f| of the gradient. */
    public double norm() {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** The gradient's components, a new array each time. */
    public double[] values() {
        return values.clone();
    }

    /** The point, a new array each time. */
    public double[] point() {
        return point.clone();
    }

    /** The step used. */
    public double step() {
        return h;
    }

    /** The function. */
    public Fn function() {
        return f;
    }

    /** The exact gradient at the point when f has a formula, else null. */
    public double[] exact() {
        return f.isSymbolic() ? f.gradient().at(point) : null;
    }

    /** E.g. {@code [6.00000000000378, 7.999999999999119]}. */
    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}

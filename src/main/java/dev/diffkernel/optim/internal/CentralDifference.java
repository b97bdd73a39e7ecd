package dev.diffkernel.optim.internal;

import java.util.function.ToDoubleFunction;

/**
 * The lecture's {@code numerical_gradient}: for each coordinate, {@code (f(x+h) − f(x−h)) / (2*h)} with the
 * other coordinates fixed, in exactly the notes' floating-point order so that runs reproduce the notes'
 * digits; but on a private copy, never on the caller's point. Internal; not thread-safe (one scratch
 * array per instance).
 */
public final class CentralDifference {
    private final ToDoubleFunction<double[]> f;
    private final double h;
    private double[] scratch = new double[0];

    /**
     * @param f the function, never null
     * @param h the step, greater than 0
     */
    public CentralDifference(ToDoubleFunction<double[]> f, double h) {
        this.f = java.util.Objects.requireNonNull(f, "f");
        this.h = h;
    }

    /** Writes ∇f(x) into {@code out}; {@code x} is not changed. */
    public void gradient(double[] x, double[] out) {
        if (scratch.length != x.length) {
            scratch = new double[x.length];
        }
        double[] work = scratch;
        System.arraycopy(x, 0, work, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            double original = x[i];
            work[i] = original + h;
            double fxh1 = f.applyAsDouble(work);
            work[i] = original - h;
            double fxh2 = f.applyAsDouble(work);
            out[i] = (fxh1 - fxh2) / (2 * h);
            work[i] = original;
        }
    }
}

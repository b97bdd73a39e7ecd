package dev.diffkernel.plots.internal;

import dev.diffkernel.common.Numbers;

import java.util.Locale;

/**
 * Samples functions for plots. A point where the function throws (ln 0, a domain error) or is not
 * finite becomes a gap; a function that cannot be evaluated anywhere is reported with the first
 * reason.
 */
public final class Samples {
    private Samples() {}

    /** {@code n} evenly spaced values from {@code a} to {@code b}, both included. */
    public static double[] linspace(double a, double b, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? a : a + (b - a) * i / (n - 1);
        }
        if (n > 1) {
            xs[n - 1] = b;
        }
        return xs;
    }

    /** NaN for an infinite value: plotly and the static picture leave a gap at both. */
    private static double gapUnlessFinite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /**
     * {@code f} at each of {@code xs}; NaN where it is undefined or infinite.
     *
     * @throws IllegalArgumentException if {@code f} fails at every point
     */
    public static double[] curve(PlotFunction f, double[] xs) {
        double[] ys = new double[xs.length];
        RuntimeException first = null;
        int failures = 0;
        for (int i = 0; i < xs.length; i++) {
            try {
                ys[i] = gapUnlessFinite(f.valueAt(xs[i]));
            } catch (RuntimeException e) {
                ys[i] = Double.NaN;
                failures++;
                first = first == null ? e : first;
            }
        }
        if (failures == xs.length && first != null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s cannot be evaluated anywhere on [%s, %s]: %s",
                    f.name(), Numbers.shortest(xs[0]), Numbers.shortest(xs[xs.length - 1]), first.getMessage()), first);
        }
        return ys;
    }

    /**
     * {@code f} on the grid, as plotly wants it: {@code z[row][column] = f(xs[column], ys[row])}.
     *
     * @throws IllegalArgumentException if {@code f} fails at every point
     */
    public static double[][] grid(PlotFunction f, double[] xs, double[] ys) {
        double[][] z = new double[ys.length][xs.length];
        RuntimeException first = null;
        int failures = 0;
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                try {
                    z[r][c] = gapUnlessFinite(f.valueAt(xs[c], ys[r]));
                } catch (RuntimeException e) {
                    z[r][c] = Double.NaN;
                    failures++;
                    first = first == null ? e : first;
                }
            }
        }
        if (failures == xs.length * ys.length && first != null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s cannot be evaluated anywhere on [%s, %s] × [%s, %s]: %s", f.name(), Numbers.shortest(xs[0]),
                    Numbers.shortest(xs[xs.length - 1]), Numbers.shortest(ys[0]), Numbers.shortest(ys[ys.length - 1]),
                    first.getMessage()), first);
        }
        return z;
    }
}

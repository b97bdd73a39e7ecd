package dev.diffkernel.calc.expr;

/**
 * The few functions of math text that {@link Math} lacks, as public static methods so that
 * generated code can call them.
 */
public final class MathFunctions {
    private static final double LN2 = Math.log(2);

    private MathFunctions() {}

    /** Logistic sigmoid {@code 1 / (1 + e^-x)}. */
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** {@code max(0, x)}; NaN stays NaN. */
    public static double relu(double x) {
        return x > 0 ? x : (x == x ? 0.0 : x);
    }

    /** 1 for {@code x > 0}, 0 otherwise, NaN for NaN. */
    public static double step(double x) {
        return x > 0 ? 1.0 : (x == x ? 0.0 : x);
    }

    /** Secant {@code 1 / cos(x)}. */
    public static double sec(double x) {
        return 1.0 / Math.cos(x);
    }

    /** Logarithm of {@code x} to {@code base}; exact for powers of 2 and 10 in those bases. */
    public static double log(double base, double x) {
        if (base == 10) {
            return Math.log10(x);
        }
        if (base == 2) {
            double r = Math.log(x) / LN2;
            double k = Math.rint(r);
            if (Math.abs(k) < 1000 && Math.scalb(1.0, (int) k) == x) {
                return k;
            }
            return r;
        }
        return Math.log(x) / Math.log(base);
    }
}

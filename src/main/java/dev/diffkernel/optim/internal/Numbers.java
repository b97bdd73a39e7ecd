package dev.diffkernel.optim.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * Numbers written the way the lecture notes print them (NumPy's default: at most 8 fraction digits,
 * scientific notation for very large or very small magnitudes), so that a run's end point reads
 * {@code (-2.58983747e+13, -1.29524862e+12)} exactly as in the notes. Internal.
 */
public final class Numbers {
    private static final int PRECISION = 8;

    private Numbers() {}

    /** One number with up to 8 fraction digits, e.g. {@code 0.1}, {@code 25}, {@code 1e-10}, {@code 6.72403483e+26}. */
    public static String of(double value) {
        return format(value, PRECISION, useScientific(new double[] {value}));
    }

    /** One number with 3 significant digits, for messages: {@code 9.03e+03}, {@code 25}, {@code 0.000123}. */
    public static String brief(double value) {
        if (!Double.isFinite(value)) {
            return special(value);
        }
        double abs = Math.abs(value);
        if (abs != 0 && (abs >= 1e6 || abs < 1e-4)) {
            return format(value, 2, true);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return plain(rounded);
    }

    /**
     * A point as a tuple, all coordinates in one style as NumPy chooses it for an array:
     * {@code (-2.99999994, 3.99999992)}, {@code (-6.11110793e-10, 8.14814391e-10)}.
     */
    public static String point(double[] x) {
        boolean scientific = useScientific(x);
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (double v : x) {
            joined.add(format(v, PRECISION, scientific));
        }
        return joined.toString();
    }

    /** NumPy's rule: scientific when the largest magnitude is >= 1e8, the smallest non-zero < 1e-4, or their ratio > 1e3. */
    private static boolean useScientific(double[] x) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            double abs = Math.abs(v);
            max = Math.max(max, abs);
            min = Math.min(min, abs);
        }
        return max != 0 && (max >= 1e8 || min < 1e-4 || max / min > 1e3);
    }

    private static String format(double value, int digits, boolean scientific) {
        if (!Double.isFinite(value)) {
            return special(value);
        }
        if (value == 0) {
            return value == 0 && 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(value);
        if (!scientific) {
            return plain(exact.setScale(digits, RoundingMode.HALF_EVEN));
        }
        BigDecimal rounded = exact.round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        String sign = exponent < 0 ? "-" : "+";
        int magnitude = Math.abs(exponent);
        return plain(mantissa) + "e" + sign + (magnitude < 10 ? "0" : "") + magnitude;
    }

    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String special(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
}

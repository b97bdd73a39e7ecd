package dev.diffkernel.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles for display, in Python's notation: integers without a trailing {@code .0}, and an
 * exponent ({@code 9.3576229688393e-14}, {@code 1e+20}) only below 1e-4 or from 1e16 on.
 *
 * <p>Two precisions: {@link #format} shows 15 significant digits, so that {@code 0.1 + 0.2} reads
 * {@code 0.3} but every digit the notes print is kept; {@link #formatEntry} shows at most 8 decimals,
 * as numpy prints arrays, for matrices.
 *
 * <p>Internal: see the package documentation.
 */
public final class Numbers {
    /** Significant digits of {@link #format}: the most that every double keeps through a decimal round trip. */
    public static final int DIGITS = 15;
    /** Decimals of {@link #formatEntry}: numpy's default print precision. */
    public static final int ENTRY_DECIMALS = 8;

    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal SMALL = new BigDecimal("1e-4");
    private static final BigDecimal LARGE = new BigDecimal("1e16");

    private Numbers() {}

    /**
     * Formats one value to 15 significant digits: {@code 2.0} as {@code "2"}, {@code 0.25} as
     * {@code "0.25"}, {@code -0.19999999999999996} as {@code "-0.2"}, {@code 9.357622968839299E-14} as
     * {@code "9.3576229688393e-14"}, {@code 1e20} as {@code "1e+20"}, NaN as {@code "NaN"}.
     *
     * @param value any double
     * @return the text, never null
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return text(new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros());
    }

    /**
     * Formats one matrix entry as numpy prints array entries: at most 8 decimals, trailing zeros
     * dropped ({@code 0.2192475712392561} as {@code "0.21924757"}, {@code 0.47355232} unchanged), and
     * 8 decimals in the mantissa when an exponent is needed ({@code "9.35762297e-14"}).
     *
     * @param value any double
     * @return the text, never null
     */
    public static String formatEntry(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal magnitude = exact.abs();
        BigDecimal rounded = magnitude.compareTo(SMALL) >= 0 && magnitude.compareTo(LARGE) < 0
                ? exact.setScale(ENTRY_DECIMALS, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(ENTRY_DECIMALS + 1, RoundingMode.HALF_EVEN));
        if (rounded.signum() == 0) {
            return "0";
        }
        return text(rounded.stripTrailingZeros());
    }

    private static String text(BigDecimal d) {
        BigDecimal magnitude = d.abs();
        if (magnitude.compareTo(SMALL) >= 0 && magnitude.compareTo(LARGE) < 0) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d.signum() < 0 ? "-" : "") + mantissa + (exponent < 0 ? "e-" : "e+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    /**
     * Formats one value for LaTeX: as {@link #format}, with an exponent written
     * {@code 9.3576229688393 \times 10^{-14}} and infinities as {@code \infty}.
     *
     * @param value any double
     * @return LaTeX math-mode text, never null
     */
    public static String latex(double value) {
        return latexOf(value, format(value));
    }

    /**
     * Formats one matrix entry for LaTeX: as {@link #formatEntry}, with exponents as in {@link #latex}.
     *
     * @param value any double
     * @return LaTeX math-mode text, never null
     */
    public static String latexEntry(double value) {
        return latexOf(value, formatEntry(value));
    }

    private static String latexOf(double value, String text) {
        if (Double.isNaN(value)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        int e = text.indexOf('e');
        if (e < 0) {
            return text;
        }
        return text.substring(0, e) + " \\times 10^{" + Integer.parseInt(text.substring(e + 1)) + "}";
    }

    /**
     * Pads texts so that their decimal points line up in a column: integers are padded on the right
     * as if they had a point.
     *
     * @param texts formatted numbers of one column, never null
     * @return the padded texts, all of the same length, in the same order
     */
    public static String[] alignOnPoint(String[] texts) {
        int left = 0;
        int right = 0;
        for (String t : texts) {
            int p = pointIndex(t);
            left = Math.max(left, p);
            right = Math.max(right, t.length() - p);
        }
        String[] out = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            int p = pointIndex(t);
            out[i] = " ".repeat(left - p) + t + " ".repeat(right - (t.length() - p));
        }
        return out;
    }

    private static int pointIndex(String text) {
        int p = text.indexOf('.');
        if (p >= 0) {
            return p;
        }
        int e = text.indexOf('e');
        return e >= 0 ? e : text.length();
    }
}

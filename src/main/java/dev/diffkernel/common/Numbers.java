package dev.diffkernel.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * The one number formatter: every number a user reads (text, HTML, LaTeX, messages) is written
 * by one of its named {@link Style styles}, so that the same kind of number always looks the same.
 * NaN is "NaN" and infinities "Infinity" / "-Infinity" in every plain style.
 */
public final class Numbers {
    /** The ways a number is written, each named for where it is used. */
    public enum Style {
        /** The shortest text that reads back as the same double: "3", "0.1999999999990898", "1.5e-10" (tables, plots). */
        SHORTEST,
        /** As the lecture notes write a number: "6", "0.0001", "1e-10" (plain from 1e-6 on). */
        WRITTEN,
        /** A step size as the notes write it: "1e-4", "1e-50", "0.1". */
        STEP,
        /** Fifteen significant digits in Python's notation: 0.1 + 0.2 reads "0.3" (values of functions and losses). */
        SIGNIFICANT,
        /** NumPy's print of one number: at most 8 fraction digits, "6.72403483e+26" when large or small. */
        NUMPY_SCALAR,
        /** NumPy's print of an array entry: at most 8 decimals, "9.35762297e-14" when an exponent is needed. */
        NUMPY_ENTRY,
        /** Three significant digits, for messages: "9.03e+03", "25", "0.000123". */
        BRIEF,
        /** {@link #SIGNIFICANT} in LaTeX: {@code 9.3576229688393 \times 10^{-14}}, {@code \infty}. */
        LATEX,
        /** {@link #NUMPY_ENTRY} in LaTeX. */
        LATEX_ENTRY
    }

    /** Significant digits of {@link Style#SIGNIFICANT}: the most that every double keeps through a decimal round trip. */
    public static final int DIGITS = 15;
    /** Decimals of {@link Style#NUMPY_ENTRY} and {@link Style#NUMPY_SCALAR}: numpy's default print precision. */
    public static final int ENTRY_DECIMALS = 8;

    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal SMALL = new BigDecimal("1e-4");
    private static final BigDecimal LARGE = new BigDecimal("1e16");

    private Numbers() {}

    /**
     * {@code value} written in {@code style}.
     *
     * @param value any double
     * @param style the style; never null
     * @return the text, never null
     */
    public static String format(double value, Style style) {
        return switch (style) {
            case SHORTEST -> shortest(value);
            case WRITTEN -> written(value);
            case STEP -> step(value);
            case SIGNIFICANT -> significant(value);
            case NUMPY_SCALAR -> numpy(value);
            case NUMPY_ENTRY -> numpyEntry(value);
            case BRIEF -> brief(value);
            case LATEX -> latex(value);
            case LATEX_ENTRY -> latexEntry(value);
        };
    }

    // ------------------------------------------------------------------ SHORTEST

    /** {@link Style#SHORTEST}: "3", "-0.5", "0.1999999999990898", "1.5e-10", "NaN", "Infinity". */
    public static String shortest(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        String shortest = Double.toString(v);
        if (a >= 1e-4 && a < 1e15) {
            return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        }
        int e = shortest.indexOf('E');
        String mantissa = shortest.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + shortest.substring(e + 1);
    }

    /** {@link Style#SHORTEST} of a float as a float: 0.1f is "0.1", not 0.10000000149011612. */
    public static String shortest(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v) || (v == Math.rint(v) && Math.abs(v) < 1e7f)) {
            return shortest((double) v);
        }
        return shortest(Double.parseDouble(Float.toString(v)));
    }

    // ------------------------------------------------------------------ WRITTEN and STEP

    /** {@link Style#WRITTEN}: 6 not 6.0, 0.0001 not 1.0E-4, 1e-10 for tiny ones. */
    public static String written(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = Double.toString(value);
        if (text.contains("E")) {
            double magnitude = Math.abs(value);
            return magnitude >= 1e-6 && magnitude < 1e15
                    ? new BigDecimal(text).stripTrailingZeros().toPlainString()
                    : text.replace(".0E", "E").replace("E", "e");
        }
        return text;
    }

    /** {@link Style#STEP}: 1e-4, 1e-50, 0.1. */
    public static String step(double value) {
        if (value >= 1e-3) {
            return written(value);
        }
        return Double.toString(value).replace(".0E", "E").replace("E", "e");
    }

    // ------------------------------------------------------------------ SIGNIFICANT and NUMPY_ENTRY

    /**
     * {@link Style#SIGNIFICANT}: 15 significant digits, {@code 2.0} as {@code "2"}, {@code 0.25} as
     * {@code "0.25"}, {@code -0.19999999999999996} as {@code "-0.2"}, {@code 9.357622968839299E-14} as
     * {@code "9.3576229688393e-14"}, {@code 1e20} as {@code "1e+20"}, NaN as {@code "NaN"}.
     *
     * @param value any double
     * @return the text, never null
     */
    public static String significant(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return text(new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros());
    }

    /**
     * {@link Style#NUMPY_ENTRY}: a matrix entry as numpy prints array entries, at most 8 decimals, trailing zeros
     * dropped ({@code 0.2192475712392561} as {@code "0.21924757"}, {@code 0.47355232} unchanged), and
     * 8 decimals in the mantissa when an exponent is needed ({@code "9.35762297e-14"}).
     *
     * @param value any double
     * @return the text, never null
     */
    public static String numpyEntry(double value) {
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
     * Formats one value for LaTeX: as {@link #significant}, with an exponent written
     * {@code 9.3576229688393 \times 10^{-14}} and infinities as {@code \infty}.
     *
     * @param value any double
     * @return LaTeX math-mode text, never null
     */
    public static String latex(double value) {
        return latexOf(value, significant(value));
    }

    /**
     * Formats one matrix entry for LaTeX: as {@link #numpyEntry}, with exponents as in {@link #latex}.
     *
     * @param value any double
     * @return LaTeX math-mode text, never null
     */
    public static String latexEntry(double value) {
        return latexOf(value, numpyEntry(value));
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

    // ------------------------------------------------------------------ NUMPY_SCALAR and BRIEF

    /** {@link Style#NUMPY_SCALAR}: up to 8 fraction digits, e.g. {@code 0.1}, {@code 25}, {@code 1e-10}, {@code 6.72403483e+26}. */
    public static String numpy(double value) {
        return numpyFormat(value, ENTRY_DECIMALS, useScientific(new double[] {value}));
    }

    /** {@link Style#BRIEF}: 3 significant digits, for messages: {@code 9.03e+03}, {@code 25}, {@code 0.000123}. */
    public static String brief(double value) {
        if (!Double.isFinite(value)) {
            return special(value);
        }
        double abs = Math.abs(value);
        if (abs != 0 && (abs >= 1e6 || abs < 1e-4)) {
            return numpyFormat(value, 2, true);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return plain(rounded);
    }

    /**
     * A point as a tuple, all coordinates in one style as NumPy chooses it for an array:
     * {@code (-2.99999994, 3.99999992)}, {@code (-6.11110793e-10, 8.14814391e-10)}.
     */
    public static String numpyPoint(double[] x) {
        boolean scientific = useScientific(x);
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (double v : x) {
            joined.add(numpyFormat(v, ENTRY_DECIMALS, scientific));
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

    private static String numpyFormat(double value, int digits, boolean scientific) {
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

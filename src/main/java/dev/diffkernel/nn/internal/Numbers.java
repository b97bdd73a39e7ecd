package dev.diffkernel.nn.internal;

/**
 * Formats doubles the way numpy prints them: the shortest text that reads back as the same double,
 * integers without a trailing {@code .0}, and {@code e} for the exponent.
 *
 * <p>Internal: see the package documentation.
 */
public final class Numbers {
    private Numbers() {}

    /**
     * Formats one value: {@code 2.0} as {@code "2"}, {@code 0.25} as {@code "0.25"},
     * {@code 9.357622968840175E-14} as {@code "9.357622968840175e-14"}, NaN as {@code "NaN"}.
     *
     * @param value any double
     * @return the text, never null
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return value == 0 ? "0" : Long.toString((long) value);
        }
        return Double.toString(value).replace("E", "e");
    }

    /**
     * Formats one value for LaTeX: as {@link #format}, with an exponent written
     * {@code 9.36 \times 10^{-14}} and infinities as {@code \infty}.
     *
     * @param value any double
     * @return LaTeX math-mode text, never null
     */
    public static String latex(double value) {
        if (Double.isNaN(value)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        String text = format(value);
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

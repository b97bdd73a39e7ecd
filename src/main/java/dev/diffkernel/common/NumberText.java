package dev.diffkernel.common;

import java.math.BigDecimal;

/**
 * Numbers as a reader of a table wants them: exact (the shortest text that reads back as the same
 * double, so 0.1999999999990898 stays visible), without trailing ".0" on whole numbers, plain for
 * 1e-4 ≤ |x| < 1e15 and in e-notation outside that (1e-10 rather than 0.0000000001).
 */
public final class NumberText {
    private NumberText() {}

    /** The text of {@code v}: "3", "-0.5", "0.1999999999990898", "1.5e-10", "NaN", "Infinity". */
    public static String of(double v) {
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

    /** The text of a float as a float: 0.1f is "0.1", not 0.10000000149011612. */
    public static String of(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v) || (v == Math.rint(v) && Math.abs(v) < 1e7f)) {
            return of((double) v);
        }
        return of(Double.parseDouble(Float.toString(v)));
    }
}

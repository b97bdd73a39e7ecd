package dev.diffkernel.calc;


import java.math.BigDecimal;

/**
 * Prints numbers the way the lecture notes write them: {@code 6} not {@code 6.0}, {@code 0.0001}
 * not {@code 1.0E-4}, steps as {@code 1e-4}. Expressions are printed by
 * {@link dev.diffkernel.calc.expr.ExprFormat}.
 */
public final class Printer {

    private Printer() {}

    /** A step size as the lectures write it: 1e-4, 1e-50, 0.1. */
    public static String step(double value) {
        if (value >= 1e-3) {
            return number(value);
        }
        return Double.toString(value).replace(".0E", "E").replace("E", "e");
    }

    /** A number as people write it: 6 not 6.0, 0.0001 not 1.0E-4, 1e-10 for tiny ones. */
    public static String number(double value) {
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
}

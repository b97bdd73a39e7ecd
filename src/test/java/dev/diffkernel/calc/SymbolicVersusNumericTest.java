package dev.diffkernel.calc;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.diffkernel.calc.Calculus.derivative;
import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Symbolic derivatives of a generated corpus of random expressions, checked against Richardson's
 * high-accuracy numerical derivative at random points, and printed text that parses back to the
 * same function.
 */
class SymbolicVersusNumericTest {
    private static final String[] UNARY = {"sin", "cos", "exp", "ln", "sqrt", "sigmoid", "tanh", "atan"};

    private static String expression(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> "x";
                case 1 -> String.valueOf(1 + random.nextInt(5));
                default -> random.nextInt(2) == 0 ? "x" : "0.5";
            };
        }
        String a = expression(random, depth - 1);
        String b = expression(random, depth - 1);
        return switch (random.nextInt(8)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " - " + b + ")";
            case 2 -> "(" + a + ")*(" + b + ")";
            case 3 -> "(" + a + ")/(" + b + " + 3)";
            case 4 -> "(" + a + ")^" + (2 + random.nextInt(2));
            case 5 -> "e^(" + a + "/4)";
            default -> {
                String f = UNARY[random.nextInt(UNARY.length)];
                yield f.equals("ln") || f.equals("sqrt") ? f + "((" + a + ")^2 + 1)" : f + "(" + a + ")";
            }
        };
    }

    @Test
    void symbolicAgreesWithRichardsonOnAThousandRandomExpressions() {
        Random random = new Random(42);
        int checked = 0;
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            String text = expression(random, 3);
            Fn f = fn(text);
            if (f.arity() != 1) {
                continue;
            }
            double x = 0.3 + random.nextDouble();
            double numeric;
            try {
                numeric = derivative(f, x).richardson().value();
            } catch (ArithmeticException undefined) {
                continue;
            }
            double symbolic = f.diff().at(x);
            double scale = Math.max(1, Math.abs(numeric));
            if (!(Math.abs(symbolic - numeric) <= 1e-5 * scale)) {
                failures.append(text).append(" at ").append(x).append(": symbolic ").append(symbolic)
                        .append(" (").append(f.diff().formula()).append(") numeric ").append(numeric).append('\n');
            }
            // the printed derivative reads back as the same function
            Fn reread = fn("f(x) = " + f.diff().formula());
            double again = reread.at(x);
            if (!(Math.abs(again - symbolic) <= 1e-9 * Math.max(1, Math.abs(symbolic)))) {
                failures.append("reread ").append(f.diff().formula()).append(" gives ").append(again).append('\n');
            }
            checked++;
        }
        assertTrue(checked >= 1000, "only " + checked + " expressions checked");
        assertTrue(failures.length() == 0, failures.toString());
    }
}

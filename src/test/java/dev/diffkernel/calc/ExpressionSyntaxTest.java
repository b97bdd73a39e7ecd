package dev.diffkernel.calc;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/** Mistakes in math text get a message with the problem, a 1-based column and a fix. */
class ExpressionSyntaxTest {
    private static ExpressionSyntaxException error(String text) {
        return assertThrows(ExpressionSyntaxException.class, () -> fn(text));
    }

    @Test
    void doubledOperatorPointsAtTheSecond() {
        ExpressionSyntaxException e = error("2x +* y");
        assertEquals(5, e.column());
        assertEquals("Unexpected '*' right after '+' at column 5 in \"2x +* y\"; an operator needs a value on each side\n"
                + "    2x +* y\n"
                + "        ^", e.getMessage());
    }

    @Test
    void unknownFunctionSuggestsTheCloseOne() {
        ExpressionSyntaxException e = error("x + ln2(x)");
        assertEquals("Unknown function 'ln2' at column 5 in \"x + ln2(x)\"; did you mean 'ln'?\n    x + ln2(x)\n        ^",
                e.getMessage());
    }

    @Test
    void unmatchedClosingParenthesisIsCaughtBeforeExp4j() {
        ExpressionSyntaxException e = error("(1))");
        assertEquals(4, e.column());
        assertEquals("Unmatched ')'", e.problem());
    }

    @Test
    void unclosedParenthesisPointsAtIt() {
        assertEquals(4, error("log(x").column());
        assertEquals("Unclosed '('", error("log(x").problem());
    }

    @Test
    void undeclaredVariableIsNamed() {
        ExpressionSyntaxException e = error("f(x) = x + y");
        assertEquals(12, e.column());
        assertEquals("Unknown variable 'y'", e.problem());
    }

    @Test
    void trailingOperator() {
        assertEquals("Missing value after '+'", error("x +").problem());
    }

    @Test
    void functionWithoutParentheses() {
        assertEquals("Function 'sin' needs parentheses", error("sin x").problem());
    }

    @Test
    void emptyText() {
        assertEquals("Empty expression", error("  ").problem());
    }

    @Test
    void wrongArgumentCountOfAFunction() {
        ExpressionSyntaxException e = error("max(x)");
        assertEquals("Function 'max' takes 2 arguments but got 1", e.problem());
        assertEquals(1, e.column());
    }

    /** Random and mangled strings: a clear ExpressionSyntaxException or a valid function, nothing else, and fast. */
    @Test
    void fuzzedTextNeverFailsUnclearly() {
        String alphabet = "xyz0123456789+-*/^().,e lnsigmoqrtabcπ·";
        String[] seeds = {"0.01*x^2 + 0.1*x", "2x + 3x*y + y^3", "e^(3x^2)", "ln(x) + 1/x", "sigmoid(2x + 3y - 1)", "max(x, y)"};
        Random random = new Random(20261123);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 20_000; i++) {
                String text;
                if (i % 2 == 0) {
                    StringBuilder b = new StringBuilder();
                    int length = 1 + random.nextInt(14);
                    for (int k = 0; k < length; k++) {
                        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    text = b.toString();
                } else {
                    StringBuilder b = new StringBuilder(seeds[random.nextInt(seeds.length)]);
                    int edits = 1 + random.nextInt(3);
                    for (int k = 0; k < edits && b.length() > 0; k++) {
                        int at = random.nextInt(b.length());
                        switch (random.nextInt(3)) {
                            case 0 -> b.deleteCharAt(at);
                            case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                            default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                    }
                    text = b.toString();
                }
                try {
                    Fn f = fn(text);
                    double[] point = new double[f.arity()];
                    java.util.Arrays.fill(point, 0.5);
                    f.at(point);
                    f.formula();
                    f.toLatex();
                } catch (ExpressionSyntaxException expected) {
                    if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                        fail("empty message for " + text);
                    }
                } catch (RuntimeException unexpected) {
                    throw new AssertionError("\"" + text + "\" threw " + unexpected, unexpected);
                }
            }
        });
    }
}

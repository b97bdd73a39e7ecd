package dev.diffkernel.check;

import static dev.diffkernel.calc.Calculus.derivative;
import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.linalg.Matrix;
import org.junit.jupiter.api.Test;

/** Calls a student writes from the README work as written. */
class StudentCallsTest {
    @Test
    void functionsWithDifferentNamesAreComparedAsMathematics() {
        assertEquals("✔ passed: f(x) = 2x equals f'(x) = 2x", check(fn("2*x")).isEqualTo(fn("x^2").diff()).toString());
        // the same function in another variable, compared by position
        assertEquals("✔ passed: f(t) = 2t equals f'(x) = 2x", check(fn("2*t")).isEqualTo(fn("x^2").diff()).toString());
    }

    @Test
    void functionsThatSimplifyDifferentlyAgreeAtRandomPoints() {
        assertEquals("✔ passed: f(x) = sin(x)^2 + cos(x)^2 equals f(x) = 1 + 0x at 20 random points",
                check(fn("sin(x)^2 + cos(x)^2")).isEqualTo(fn("1 + 0*x")).toString());
    }

    @Test
    void differentFunctionsFailAtAPoint() {
        CheckFailure failure = assertThrows(CheckFailure.class, () -> check(fn("3*x")).isEqualTo(fn("x^2").diff()));
        assertTrue(failure.getMessage().startsWith("Expected f'(x) = 2x but got f(x) = 3x: at x = "), failure.getMessage());
    }

    @Test
    void closeToWithoutATolerancePassesANumericalDerivative() {
        assertEquals("✔ passed: 0.1999999999990898 is within 1.0E-6 of 0.2",
                check(derivative(fn("f(x) = 0.01*x^2 + 0.1*x"), 5).value()).closeTo(0.2).toString());
        assertThrows(CheckFailure.class, () -> check(0.2001).closeTo(0.2));
        check(new double[] {6.00000000000378, 7.999999999999119}).closeTo(6, 8);
    }

    @Test
    void lambdaWithoutANameIsCalledF() {
        Fn abs = fn(x -> Math.abs(x));
        assertEquals("f", abs.name());
        assertEquals(3.0, abs.at(-3));
        assertEquals(12.0, fn((x, y) -> x * y).at(3, 4));
    }

    @Test
    void hessianAtAPointIsAMatrix() {
        Matrix h = fn("x^2 + x*y + 2y^2").hessian().at(0, 0);
        assertArrayEquals(new double[][] {{2, 1}, {1, 4}}, h.toArray());
    }

    @Test
    void derivativeAtAKinkSaysSo() {
        String text = derivative(fn("abs(x)"), 0).toString();
        assertEquals("0.0  (central difference, h = 1e-4)\n"
                + "f has a kink at x = 0: the forward difference gives 1 and the backward -1, so f'(0) does not exist;"
                + " no difference quotient is its slope there", text);
        assertTrue(derivative(fn("abs(x)"), 0).isKink());
        assertFalse(derivative(fn("x^2"), 5).isKink());
        assertFalse(derivative(fn("e^(10x)"), 1).isKink());
        assertFalse(derivative(fn("abs(x)"), 1).isKink());
    }
}

package dev.diffkernel.calc;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Derivatives a student asks for come back exact and compact, or as an error that says why. */
class ExactAndCompactDerivativesTest {
    @Test
    void rationalExponentsStayFractions() {
        assertEquals("f'(x) = 1/(3x^(2/3))", fn("x^(1/3)").diff().toString());
        assertEquals("f'(x) = -1/(3x^(4/3))", fn("x^(-1/3)").diff().toString());
        assertEquals("f'(x) = \\frac{1}{3x^{\\frac{2}{3}}}", fn("x^(1/3)").diff().toLatex());
        // decimals that end stay decimals, as the lectures print them
        assertEquals("f'(x) = 0.02x + 0.1", fn("f(x) = 0.01*x^2 + 0.1*x").diff().toString());
    }

    @Test
    void cubeRootDifferentiatesWithThePowerRule() {
        Fn d = fn("cbrt(x)").diff();
        assertEquals("f'(x) = 1/(3cbrt(x)^2)", d.toString());
        assertEquals(1.0 / 12, d.at(8), 1e-15);
        assertEquals(1.0 / 12, d.at(-8), 1e-15);
    }

    @Test
    void eighthDerivativeOfOneOverOnePlusXSquaredIsOneReducedFraction() {
        // SymPy: 40320(9x^8 - 84x^6 + 126x^4 - 36x^2 + 1)/(x^2 + 1)^9
        Fn d8 = fn("1/(1 + x^2)").diff(8);
        assertEquals("f^(8)(x) = (362880x^8 - 3386880x^6 + 5080320x^4 - 1451520x^2 + 40320)/(x^2 + 1)^9",
                d8.toString());
        assertEquals(40320 * (9 * Math.pow(0.5, 8) - 84 * Math.pow(0.5, 6) + 126 * Math.pow(0.5, 4)
                - 36 * 0.25 + 1) / Math.pow(1.25, 9), d8.at(0.5), 1e-9);
        assertEquals("f''(x) = (6x^2 - 2)/(x^2 + 1)^3", fn("1/(1 + x^2)").diff().diff().toString());
    }

    @Test
    void firstDerivativeKeepsTheQuotientRuleForm() {
        assertEquals("f'(x) = -2x/(1 + x^2)^2", fn("1/(1 + x^2)").diff().toString());
    }

    @Test
    void towerOfExponentialsIsRefusedWithAColumnInsteadOfOverflowing() {
        String tower = "e^".repeat(240) + "x";
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> fn(tower));
        assertEquals("Functions and powers nested more than 30 deep", e.problem());
        assertEquals(62, e.column());
        // 30 deep still differentiates
        assertEquals(Math.exp(1) * Math.exp(Math.E), fn("e^e^x").diff().at(1), 1e-12);
        fn("e^".repeat(30) + "x").diff();
    }
}

package dev.diffkernel.calc;

import dev.diffkernel.optim.Descent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers that would lie (issue 12): each says what is true instead. */
class HonestNumbersTest {
    @Test
    void derivativeAtAKinkClaimsNoExactValue() {
        String text = Calculus.derivative(Calculus.fn("abs(x)"), 0).toString();
        assertFalse(text.contains("exact"), text);
        assertTrue(text.contains("has a kink at x = 0"), text);
        assertTrue(text.contains("does not exist"), text);
    }

    @Test
    void derivativeAtAPoleSaysTheFunctionIsUndefinedThere() {
        String text = Calculus.derivative(Calculus.fn("1/x"), 0).toString();
        assertFalse(text.contains("exact"), text);
        assertTrue(text.endsWith("(0) = Infinity: f is not defined at x = 0 (a pole or a gap), so f'(0) does not exist;"
                + " this number only reflects the step h"), text);
    }

    @Test
    void derivativeAtASmoothPointStillComparesWithTheExactValue() {
        String text = Calculus.derivative(Calculus.fn("x^2"), 3).toString();
        assertTrue(text.contains("; exact 6.0, error"), text);
    }

    @Test
    void derivativeAndGradientAtNaNAreClearErrors() {
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> Calculus.derivative(Calculus.fn("x^2"), Double.NaN));
        assertEquals("x must be a finite number but was NaN", d.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> Calculus.gradient(Calculus.fn("x^2 + y^2"), Double.NaN, 1));
        assertEquals("the point's coordinate x must be a finite number but was NaN", g.getMessage());
    }

    @Test
    void aStepTooSmallToMoveXIsAnErrorNotConvergence() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Descent.gradientDescent(Calculus.fn("x^2"), 1.0).numerical(1e-20).run());
        assertEquals("h = 1e-20 is too small at the start (1): x + h rounds back to x there (doubles near 1 are"
                + " 2.22044605e-16 apart), so the numerical gradient would read 0 and the run would seem to converge at"
                + " once; use a larger h, such as the default 1e-4", error.getMessage());
    }
}

package dev.diffkernel.optim;

import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run's verdict never contradicts itself: a bouncing or zig-zagging point means the rate is too large. */
class AdviceTest {
    @Test
    void bounceBetweenThreeAndMinusThreeSaysTheRateIsTooLarge() {
        // lr = 1 on x^2: x ← x - 2x = -x, forever; it used to say "probably too small; try a much larger one"
        Run run = gradientDescent(fn("x^2"), 3).lr(1).quiet().run();
        assertEquals(Outcome.OSCILLATED, run.outcome());
        assertEquals(100, run.stepsTaken());
        assertEquals("Oscillated: the point jumps back and forth across the minimum, between (-3) and (3) at the end,"
                + " and f stays at 9. The learning rate 1 is too large; try 0.5 or smaller.", run.reason());
    }

    @Test
    void tenTimesTooLargeStillDivergesAndPointsDown() {
        Run run = gradientDescent(fn("x^2"), 3).lr(10).quiet().run();
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertEquals("Diverged at step 39: f = 4.98e+100 (it was 9 at the start). The learning rate 10 is too large;"
                + " try 1 or smaller.", run.reason());
    }

    @Test
    void slowZigZagDownANarrowValleySaysTooLargeNotTooSmall() {
        // y's factor per step is 1 - 200·0.0099 = -0.98: it crosses the valley every step
        Run run = gradientDescent(fn("x^2 + 100y^2"), 3, 1).lr(0.0099).quiet().run();
        assertEquals(Outcome.OSCILLATED, run.outcome());
        assertEquals("Zig-zagged for 100 steps: each step overshoots and the point crosses the valley back and forth;"
                + " f fell from 109 to 1.92 but |∇f| = 26.5 at the end (39.7 20 steps before). The learning rate 0.0099"
                + " is too large; try 0.00495 or smaller, or add .momentum(0.9).", run.reason());
    }

    @Test
    void zigZagThatConvergesIsNotCalledAnOscillation() {
        // x ← -0.8x: the sign flips every step but |∇f| shrinks a hundredfold every 20 steps
        Run run = gradientDescent(fn("x^2"), 3).lr(0.9).quiet().run();
        assertEquals(Outcome.FINISHED, run.outcome());
        assertEquals(3 * Math.pow(-0.8, 100), run.end()[0], 1e-22);
    }

    @Test
    void momentumConvergesAtTheStepThePointStoppedMoving() {
        // Himmelblau's function: at step 701 on ∇f = 0 exactly and x + v rounds back to x
        Run run = gradientDescent(fn("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"), 0, 0).lr(0.01).steps(1000)
                .momentum(0.9).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertEquals(701, run.stepsTaken());
        assertEquals("Converged after 701 steps: |∇f| = 0 and the point stopped moving.", run.reason());
        // the minimum near (3.584428, -1.848126), to the last digits
        assertEquals(3.584428340330, run.end()[0], 1e-12);
        assertEquals(-1.848126526964, run.end()[1], 1e-12);
        assertEquals(0.0, run.endGradientNorm());
    }
}

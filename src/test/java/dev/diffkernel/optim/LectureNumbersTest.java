package dev.diffkernel.optim;

import static dev.diffkernel.optim.Descent.compareRates;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The numbers of the notes' learning-rate experiment (Deep Learning from Scratch 4.4.1), digit for digit. */
class LectureNumbersTest {
    /** The notes' function_2. */
    private static final ToDoubleFunction<double[]> FUNCTION_2 = x -> x[0] * x[0] + x[1] * x[1];
    private static final double[] INIT_X = {-3.0, 4.0};

    private static Run notes(double lr) {
        return gradientDescent(FUNCTION_2, INIT_X).lr(lr).steps(100).quiet().run();
    }

    @Test
    void learningRateTenEndsWhereTheNotesPrintAndIsReportedAsDivergence() {
        Run run = notes(10);
        // NumPy prints [-2.58983747e+13 -1.29524862e+12]; these are its exact doubles.
        assertArrayEquals(new double[] {-2.5898374737328363e+13, -1.2952486168965398e+12}, run.end());
        assertEquals("(-2.58983747e+13, -1.29524862e+12)", run.endText());
        assertEquals(100, run.stepsTaken());
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertEquals("Diverged: f rose from 25 to 6.72e+26 in 100 steps (first rise at step 1: f = 9030)."
                + " The learning rate 10 is too large; try 1 or smaller. From step 10 on the numerical gradient reads 0:"
                + " at |x| = 2.59e+13, x + h rounds back to x (h = 0.0001), so the point stopped moving.", run.reason());
    }

    @Test
    void learningRateOneTenthEndsNearTheMinimum() {
        Run run = notes(0.1);
        assertArrayEquals(new double[] {-6.111107928998789e-10, 8.148143905314271e-10}, run.end());
        assertEquals("(-6.11110793e-10, 8.14814391e-10)", run.endText());
        assertEquals(Outcome.FINISHED, run.outcome());
        assertEquals("Took all 100 steps: f fell from 25 to 1.04e-18; |∇f| = 2.04e-09 at the end.", run.reason());
    }

    @Test
    void tinyLearningRateBarelyMovesAndSaysSo() {
        Run run = notes(1e-10);
        assertArrayEquals(new double[] {-2.999999939999995, 3.9999999199999934}, run.end());
        assertEquals("(-2.99999994, 3.99999992)", run.endText());
        assertEquals(Outcome.BARELY_MOVED, run.outcome());
        assertEquals("Barely moved: f fell by only 1e-06 in 100 steps, 4e-08 of its start value 25."
                + " The learning rate 1e-10 is probably too small; try about 0.001.", run.reason());
    }

    @Test
    void compareRatesRunsTheNotesExperiment() {
        RateComparison comparison = compareRates(gradientDescent(FUNCTION_2, INIT_X).quiet(), 10, 0.1, 1e-10);
        assertEquals(3, comparison.runs().size());
        assertArrayEquals(notes(10).end(), comparison.run(10).end());
        assertArrayEquals(notes(1e-10).end(), comparison.run(1e-10).end());
        assertEquals("""
                Learning rates on f(x0, x1) from (-3, 4), gradient numerical (central difference, h = 0.0001):
                  lr = 10     end (-2.58983747e+13, -1.29524862e+12)  f = 6.72e+26  diverged after 100 steps
                  lr = 0.1    end (-6.11110793e-10, 8.14814391e-10)  f = 1.04e-18  took all 100 steps
                  lr = 1e-10  end (-2.99999994, 3.99999992)  f = 25  barely moved in 100 steps""",
                comparison.toString());
    }
}

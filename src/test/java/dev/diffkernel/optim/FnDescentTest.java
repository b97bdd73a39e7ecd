package dev.diffkernel.optim;

import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.optim.Descent.compareRates;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.Fn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Descent on functions of the calculus DSL: symbolic gradients for formulas, numerical for lambdas. */
class FnDescentTest {
    @Test
    void aFormulaIsDescendedWithItsSymbolicGradientAndTheRunSaysSo() {
        Fn bowl = fn("x^2 + y^2");
        Run run = gradientDescent(bowl, -3.0, 4.0).lr(0.1).steps(100).quiet().run();
        assertEquals(GradientKind.SYMBOLIC, run.settings().gradient());
        assertEquals("symbolic, ∇f = (2x, 2y)", run.settings().gradientDescription());
        assertSame(bowl, run.function());
        assertEquals("f(x, y) = x^2 + y^2", run.label());
        assertEquals(List.of("x", "y"), run.variables());
        assertTrue(run.toString().contains("gradient symbolic, ∇f = (2x, 2y)"), run.toString());
        assertArrayEquals(new double[] {-3 * Math.pow(0.8, 100), 4 * Math.pow(0.8, 100)}, run.end(), 1e-20);
        assertEquals(List.of("step", "x", "y", "f", "gradNorm"), run.table().columnNames());
    }

    @Test
    void theNotesNumbersComeBackWithTheNumericalGradientOnAFormula() {
        Run run = gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).numerical().lr(10).steps(100).quiet().run();
        assertArrayEquals(new double[] {-2.5898374737328363e+13, -1.2952486168965398e+12}, run.end());
        assertEquals(Outcome.DIVERGED, run.outcome());
        Run small = gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).numerical().lr(1e-10).steps(100).quiet().run();
        assertEquals("(-2.99999994, 3.99999992)", small.endText());
        Run good = gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).numerical().lr(0.1).steps(100).quiet().run();
        assertEquals("(-6.11110793e-10, 8.14814391e-10)", good.endText());
    }

    @Test
    void withTheSymbolicGradientLearningRateTenBlowsUpAndStopsAtStep39() {
        Run run = gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).lr(10).steps(100).quiet().run();
        assertEquals("Diverged at step 39: f = 1.38e+101 (it was 25 at the start). The learning rate 10 is too large;"
                + " try 1 or smaller.", run.reason());
    }

    @Test
    void aDescentNamesItsFunctionAndItsStepLimitBeforeItRuns() {
        Fn bowl = fn("x^2 + y^2");
        GradientDescent descent = gradientDescent(bowl, -3.0, 4.0).lr(0.1).steps(20).quiet();
        assertSame(bowl, descent.function());
        assertEquals("f(x, y) = x^2 + y^2", descent.label());
        assertEquals("gradient descent on f(x, y) = x^2 + y^2 from (-3, 4): lr = 0.1, at most 20 steps, "
                + "plain gradient descent, gradient symbolic, ∇f = (2x, 2y) (call .run() to run it)", descent.toString());
        Run run = descent.run();
        assertEquals(20, run.settings().maxSteps());
        assertEquals(20, run.stepsTaken());
    }

    @Test
    void aLambdaFunctionIsDescendedNumerically() {
        Fn loss = fn("L", 2, w -> w[0] * w[0] + w[1] * w[1]);
        Run run = gradientDescent(loss, -3.0, 4.0).lr(10).steps(100).quiet().run();
        assertEquals(GradientKind.NUMERICAL, run.settings().gradient());
        assertSame(loss, run.function());
        assertEquals("L(x0, x1)", run.label());
        assertArrayEquals(new double[] {-2.5898374737328363e+13, -1.2952486168965398e+12}, run.end());
    }

    @Test
    void rosenbrockFromMathTextConvergesWithAdam() {
        Fn rosenbrock = fn("(1 - x)^2 + 100*(y - x^2)^2");
        Run run = gradientDescent(rosenbrock, -1.5, 2.0).adam().lr(0.05).steps(20_000).tolerance(1e-6).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertArrayEquals(new double[] {1, 1}, run.end(), 1e-5);
    }

    @Test
    void compareRatesOnAFormulaUsesTheSymbolicGradientLikeTheBuilder() {
        RateComparison comparison = compareRates(fn("x0^2 + x1^2"), -3.0, 4.0, 10.0, 0.1, 1e-10);
        assertEquals(3, comparison.runs().size());
        assertArrayEquals(new double[] {-3, 4}, comparison.run(0.1).start());
        assertEquals(GradientKind.SYMBOLIC, comparison.run(0.1).settings().gradient());
        // x ← -19x each step: past 1e100 at step 39, where the run stops and says so
        assertEquals(Outcome.DIVERGED, comparison.run(10).outcome());
        assertEquals(39, comparison.run(10).stepsTaken());
        assertArrayEquals(new double[] {-3 * Math.pow(-19, 39), 4 * Math.pow(-19, 39)}, comparison.run(10).end(), 1e36);
        assertTrue(comparison.toString().contains("f = 1.38e+101  diverged after 39 steps"), comparison.toString());
        assertEquals(Outcome.BARELY_MOVED, comparison.run(1e-10).outcome());
        RateComparison builder = compareRates(gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).quiet(), 10, 0.1, 1e-10);
        for (double rate : new double[] {10, 0.1, 1e-10}) {
            assertArrayEquals(builder.run(rate).end(), comparison.run(rate).end());
            assertEquals(builder.run(rate).reason(), comparison.run(rate).reason());
        }
        RateComparison withArray = compareRates(fn("x0^2 + x1^2"), new double[] {-3, 4}, 10, 0.1, 1e-10);
        assertArrayEquals(comparison.run(10).end(), withArray.run(10).end());
    }

    @Test
    void theNotesExperimentDigitForDigitIsTheNumericalTemplate() {
        RateComparison notes = compareRates(gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).numerical().quiet(),
                10, 0.1, 1e-10);
        assertArrayEquals(new double[] {-2.5898374737328363e+13, -1.2952486168965398e+12}, notes.run(10).end());
        assertEquals(GradientKind.NUMERICAL, notes.run(0.1).settings().gradient());
    }

    @Test
    void compareRatesWithoutARateSaysHowToCallIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> compareRates(fn("x^2 + y^2"), -3.0, 4.0));
        assertEquals("compareRates(f, ...) takes 2 start coordinates (x, y) and then at least one learning rate,"
                + " but got 2 numbers", e.getMessage());
    }

    @Test
    void aStartOfTheWrongLengthIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gradientDescent(fn("x^2 + y^2"), 1.0));
        assertEquals("f(x, y) = x^2 + y^2 has 2 variables [x, y] but the start point (1) has 1", e.getMessage());
    }

    @Test
    void symbolicCanBeAskedBackAfterNumerical() {
        GradientDescent descent = gradientDescent(fn("x^2 + y^2"), -3.0, 4.0).numerical().symbolic();
        assertEquals(GradientKind.SYMBOLIC, descent.gradientKind());
    }

    @Test
    void runTableColumnsHaveTypeableNamesAndTheSymbolOnlyInTheRenderedHeader() {
        Run run = gradientDescent(fn("x^2 + y^2"), -3.0, 4.0).lr(0.1).steps(3).quiet().run();
        assertEquals(10.0, run.table().doubleColumn("gradNorm").getDouble(0), 1e-12);
        String html = dev.diffkernel.output.TableView.of(run.table()).html();
        assertTrue(html.contains("<th title=\"DOUBLE, column &quot;gradNorm&quot;\">|∇f|</th>"), html);
        assertTrue(dev.diffkernel.output.TableView.of(run.table()).text().contains("gradNorm"));
    }
}

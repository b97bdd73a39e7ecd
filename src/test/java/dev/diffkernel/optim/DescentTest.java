package dev.diffkernel.optim;

import dev.diffkernel.common.Numbers;

import static dev.diffkernel.optim.Descent.compareRates;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DescentTest {
    private static final ToDoubleFunction<double[]> BOWL = x -> x[0] * x[0] + x[1] * x[1];
    private static final UnaryOperator<double[]> BOWL_GRADIENT = x -> new double[] {2 * x[0], 2 * x[1]};
    /** (x − 1)² + 2(y + 2)², minimum 0 at (1, −2). */
    private static final ToDoubleFunction<double[]> SHIFTED = x -> (x[0] - 1) * (x[0] - 1) + 2 * (x[1] + 2) * (x[1] + 2);
    private static final ToDoubleFunction<double[]> ROSENBROCK =
            x -> (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]);
    private static final UnaryOperator<double[]> ROSENBROCK_GRADIENT = x -> new double[] {
            -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])};

    // ------------------------------------------------------------------ convergence

    @Test
    void gradientDescentConvergesOnQuadraticBowl() {
        Run run = gradientDescent(SHIFTED, 4.0, 3.0).lr(0.1).steps(500).tolerance(1e-6).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertTrue(run.stepsTaken() <= 200, "steps: " + run.stepsTaken());
        assertArrayEquals(new double[] {1, -2}, run.end(), 1e-6);
        assertTrue(run.endGradientNorm() <= 1e-6);
        assertEquals("Converged after " + run.stepsTaken() + " steps: |∇f| = " + dev.diffkernel.common.Numbers.brief(
                run.endGradientNorm()) + " ≤ tolerance 1e-06.", run.reason());
    }

    @Test
    void convergesInThreeDimensionsWithTheNumericalGradient() {
        Run run = gradientDescent(x -> (x[0] - 1) * (x[0] - 1) + (x[1] - 2) * (x[1] - 2) + 3 * (x[2] + 1) * (x[2] + 1),
                0.0, 0.0, 0.0).lr(0.1).steps(1000).tolerance(1e-8).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertEquals(GradientKind.NUMERICAL, run.settings().gradient());
        assertArrayEquals(new double[] {1, 2, -1}, run.end(), 1e-8);
        assertEquals(List.of("x0", "x1", "x2"), run.variables());
    }

    @Test
    void plainDescentReachesTheRosenbrockMinimum() {
        Run run = gradientDescent(ROSENBROCK, -1.5, 2.0).gradient(ROSENBROCK_GRADIENT).lr(1e-3).steps(50_000)
                .tolerance(1e-6).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertArrayEquals(new double[] {1, 1}, run.end(), 1e-5);
    }

    @Test
    void momentumReachesTheRosenbrockMinimumTenTimesFaster() {
        Run plain = gradientDescent(ROSENBROCK, -1.5, 2.0).gradient(ROSENBROCK_GRADIENT).lr(1e-3).steps(50_000)
                .tolerance(1e-6).quiet().run();
        Run momentum = gradientDescent(ROSENBROCK, -1.5, 2.0).gradient(ROSENBROCK_GRADIENT).momentum(0.9).lr(1e-3)
                .steps(50_000).tolerance(1e-6).quiet().run();
        assertEquals(Outcome.CONVERGED, momentum.outcome());
        assertArrayEquals(new double[] {1, 1}, momentum.end(), 1e-5);
        assertTrue(momentum.stepsTaken() * 10 < plain.stepsTaken(), momentum.stepsTaken() + " vs " + plain.stepsTaken());
        assertEquals(new Optimizer.Momentum(0.9), momentum.settings().optimizer());
    }

    @Test
    void adamReachesTheRosenbrockMinimumWithTheSameRunApi() {
        Run run = gradientDescent(ROSENBROCK, -1.5, 2.0).gradient(ROSENBROCK_GRADIENT).adam().lr(0.05).steps(50_000)
                .tolerance(1e-6).quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertArrayEquals(new double[] {1, 1}, run.end(), 1e-5);
        assertEquals(run.stepsTaken() + 1, run.losses().length);
        assertTrue(run.toString().contains("Adam (β1 = 0.9, β2 = 0.999, ε = 1e-08)"), run.toString());
    }

    @Test
    void theNumericalGradientFollowsTheSymbolicOneOnRosenbrock() {
        Run numerical = gradientDescent(ROSENBROCK, -1.5, 2.0).lr(1e-3).steps(200).quiet().run();
        Run exact = gradientDescent(ROSENBROCK, -1.5, 2.0).gradient(ROSENBROCK_GRADIENT).lr(1e-3).steps(200).quiet().run();
        assertArrayEquals(exact.end(), numerical.end(), 1e-6);
        assertEquals(GradientKind.SUPPLIED, exact.settings().gradient());
    }

    // ------------------------------------------------------------------ the caller's data

    @Test
    void theStartArrayIsNeverChanged() {
        double[] start = {-3.0, 4.0};
        Run run = gradientDescent(BOWL, start).lr(0.1).steps(100).quiet().run();
        assertArrayEquals(new double[] {-3.0, 4.0}, start);
        assertArrayEquals(new double[] {-3.0, 4.0}, run.start());
    }

    @Test
    void theStartArrayIsUnchangedEvenWhenFChangesItsArgument() {
        double[] start = {-3.0, 4.0};
        gradientDescent(x -> {
            double value = x[0] * x[0] + x[1] * x[1];
            x[0] = 99;
            return value;
        }, start).lr(0.1).steps(10).quiet().run();
        assertArrayEquals(new double[] {-3.0, 4.0}, start);
    }

    @Test
    void changingTheStartArrayLaterDoesNotChangeTheDescent() {
        double[] start = {-3.0, 4.0};
        GradientDescent descent = gradientDescent(BOWL, start).lr(0.1).quiet();
        start[0] = 100;
        assertArrayEquals(new double[] {-3.0, 4.0}, descent.run().start());
    }

    @Test
    void runArraysAreCopies() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).lr(0.1).steps(3).quiet().run();
        run.end()[0] = 42;
        run.path()[0][0] = 42;
        run.losses()[0] = 42;
        assertEquals(-3.0, run.start()[0]);
        assertEquals(25.0, run.losses()[0]);
        assertNotSame(run.end(), run.end());
    }

    // ------------------------------------------------------------------ history

    @Test
    void historyHoldsTheStartAndEveryStep() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).gradient(BOWL_GRADIENT).lr(0.1).steps(5).quiet().run();
        assertEquals(5, run.stepsTaken());
        assertEquals(6, run.history().size());
        assertEquals(6, run.path().length);
        double[][] path = run.path();
        double[] expected = {-3.0, 4.0};
        for (int step = 0; step <= 5; step++) {
            assertArrayEquals(expected, path[step], "step " + step);
            assertEquals(expected[0] * expected[0] + expected[1] * expected[1], run.losses()[step], "f at step " + step);
            assertEquals(Math.sqrt(4 * (expected[0] * expected[0] + expected[1] * expected[1])),
                    run.gradientNorms()[step], 1e-15, "|∇f| at step " + step);
            expected = new double[] {expected[0] - 0.1 * (2 * expected[0]), expected[1] - 0.1 * (2 * expected[1])};
        }
        assertArrayEquals(new double[] {-3 * Math.pow(0.8, 5), 4 * Math.pow(0.8, 5)}, run.end(), 1e-15);
    }

    @Test
    void tableHasStepCoordinatesFAndGradientNorm() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).lr(0.1).steps(100).quiet().run();
        Table table = run.table();
        assertEquals(List.of("step", "x0", "x1", "f", "gradNorm"), table.columnNames());
        assertEquals(101, table.rowCount());
        assertEquals(0, table.intColumn("step").getInt(0));
        assertEquals(100, table.intColumn("step").getInt(100));
        assertEquals(-3.0, table.doubleColumn("x0").getDouble(0));
        assertEquals(run.end()[1], table.doubleColumn("x1").getDouble(100));
        assertEquals(25.0, table.doubleColumn("f").getDouble(0));
        assertEquals(10.0, table.doubleColumn("gradNorm").getDouble(0), 1e-9);
    }

    @Test
    void theRunSaysWhichGradientItUsed() {
        Run numerical = gradientDescent(BOWL, -3.0, 4.0).quiet().run();
        assertEquals(GradientKind.NUMERICAL, numerical.settings().gradient());
        assertEquals("numerical (central difference, h = 0.0001)", numerical.settings().gradientDescription());
        assertTrue(numerical.toString().contains("gradient numerical (central difference, h = 0.0001)"));
        Run supplied = gradientDescent(BOWL, -3.0, 4.0).gradient(BOWL_GRADIENT).quiet().run();
        assertTrue(supplied.toString().contains("gradient supplied"));
    }

    @Test
    void summaryShowsStartEndStepsAndReason() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).lr(0.1).steps(100).quiet().run();
        String[] lines = run.toString().split("\n");
        assertEquals("Gradient descent on f(x0, x1): took all steps", lines[0]);
        assertEquals("  start  (-3, 4)  f = 25", lines[1]);
        assertEquals("  end    (-6.11110793e-10, 8.14814391e-10)  f = 1.03737889e-18  |∇f| = 2.03703598e-09", lines[2]);
        assertTrue(lines[3].startsWith("  steps  100 of at most 100; lr = 0.1, plain gradient descent, gradient numerical"),
                lines[3]);
        assertEquals("  Took all 100 steps: f fell from 25 to 1.04e-18; |∇f| = 2.04e-09 at the end.", lines[4]);
    }

    // ------------------------------------------------------------------ divergence

    @Test
    void blowUpStopsTheRunBeforeOverflowAndNamesStepAndValue() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).gradient(BOWL_GRADIENT).lr(10).steps(100).quiet().run();
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertEquals(39, run.stepsTaken());
        assertEquals("Diverged at step 39: f = 1.38e+101 (it was 25 at the start). The learning rate 10 is too large;"
                + " try 1 or smaller.", run.reason());
        for (double f : run.losses()) {
            assertTrue(Double.isFinite(f));
        }
    }

    @Test
    void infiniteValueEndsTheRunAtTheLastFinitePoint() {
        ToDoubleFunction<double[]> f = x -> x[0] * x[0] - Math.log(x[0]);
        Run run = gradientDescent(f, 1.0).gradient(x -> new double[] {2 * x[0] - 1 / x[0]}).lr(1).steps(10).quiet().run();
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertEquals(0, run.stepsTaken());
        assertArrayEquals(new double[] {1.0}, run.end());
        assertEquals("Diverged at step 1: f = Infinity (f was 1 at the start); the run ends at step 0, the last finite"
                + " point. The learning rate 1 is too large; try 0.1 or smaller.", run.reason());
    }

    @Test
    void notANumberIsCaughtAndSaidPlainly() {
        ToDoubleFunction<double[]> f = x -> x[0] * x[0] - Math.log(x[0]);
        Run run = gradientDescent(f, 1.0).gradient(x -> new double[] {2 * x[0] - 1 / x[0]}).lr(2).steps(10).quiet().run();
        assertEquals("Diverged at step 1: f = NaN (f was 1 at the start); the run ends at step 0, the last finite point."
                + " The learning rate 2 is too large; try 0.2 or smaller.", run.reason());
        assertTrue(Double.isFinite(run.endValue()));
    }

    @Test
    void fUnboundedBelowIsNotBlamedOnTheLearningRate() {
        Run run = gradientDescent(x -> -Math.exp(x[0]), 0.0).gradient(x -> new double[] {-Math.exp(x[0])}).lr(1)
                .steps(1000).quiet().run();
        assertEquals(Outcome.DIVERGED, run.outcome());
        assertEquals("Diverged at step 4: f fell without bound to -Infinity (it was -1 at the start); the run ends at"
                + " step 3, the last finite point. f may have no minimum.", run.reason());
        Run slower = gradientDescent(x -> -x[0], 0.0).gradient(x -> new double[] {-1}).lr(1e100).steps(5).quiet().run();
        assertEquals("Diverged at step 2: f fell without bound to -2e+100 (it was 0 at the start); f may have no minimum.",
                slower.reason());
    }

    @Test
    void aStartOutsideTheDomainIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gradientDescent(x -> Math.log(x[0]), -1.0).quiet().run());
        assertEquals("f is not finite at the start (-1): f = NaN; start where f(x0) is defined", e.getMessage());
    }

    // ------------------------------------------------------------------ settings

    @Test
    void settingsAreCheckedAtOnceWithTheOffendingValue() {
        GradientDescent descent = gradientDescent(BOWL, -3.0, 4.0);
        assertEquals("learningRate must be > 0 but was -0.1",
                assertThrows(IllegalArgumentException.class, () -> descent.lr(-0.1)).getMessage());
        assertEquals("learningRate must be > 0 but was NaN",
                assertThrows(IllegalArgumentException.class, () -> descent.lr(Double.NaN)).getMessage());
        assertEquals("steps must be >= 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> descent.steps(0)).getMessage());
        assertEquals("tolerance must be >= 0 but was -1",
                assertThrows(IllegalArgumentException.class, () -> descent.tolerance(-1)).getMessage());
        assertEquals("momentum must be in [0, 1) but was 1.2",
                assertThrows(IllegalArgumentException.class, () -> descent.momentum(1.2)).getMessage());
        assertEquals("h must be > 0 but was 0",
                assertThrows(IllegalArgumentException.class, () -> descent.numerical(0)).getMessage());
        assertEquals("start[1] must be finite but was NaN",
                assertThrows(IllegalArgumentException.class, () -> gradientDescent(BOWL, 1.0, Double.NaN)).getMessage());
        assertEquals("steps(25000000) over 2 coordinates would record 50000002 numbers, more than 50000000; take fewer steps",
                assertThrows(IllegalArgumentException.class, () -> descent.steps(25_000_000)).getMessage());
        assertEquals("start must have at least one coordinate but was empty",
                assertThrows(IllegalArgumentException.class, () -> gradientDescent(BOWL)).getMessage());
    }

    @Test
    void aLambdaHasNoSymbolicGradient() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gradientDescent(BOWL, 1.0, 2.0).symbolic());
        assertEquals("f(x0, x1) has no formula to differentiate (it is a Java lambda), so its gradient can only be"
                + " numerical; define it from math text, e.g. fn(\"x^2 + y^2\")", e.getMessage());
    }

    @Test
    void aSuppliedGradientOfTheWrongLengthIsReported() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> gradientDescent(BOWL, 1.0, 2.0).gradient(x -> new double[] {1}).quiet().run());
        assertEquals("the supplied gradient of f(x0, x1) returned 1 numbers but f has 2 variables", e.getMessage());
    }

    @Test
    void settingsReturnNewDescentsSoOneCanBeReused() {
        GradientDescent base = gradientDescent(BOWL, -3.0, 4.0).quiet();
        GradientDescent fast = base.lr(0.1);
        assertEquals(0.01, base.learningRate());
        assertEquals(0.1, fast.learningRate());
        assertEquals(GradientDescent.DEFAULT_STEPS, base.run().stepsTaken());
    }

    @Test
    void defaultsAreTheNotesGradientDescent() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).quiet().run();
        assertEquals(0.01, run.settings().learningRate());
        assertEquals(100, run.settings().maxSteps());
        assertEquals(0, run.settings().tolerance());
        assertEquals(new Optimizer.Plain(), run.settings().optimizer());
        assertEquals(1e-4, run.settings().h());
    }

    @Test
    void compareRatesRejectsARateGivenTwice() {
        assertEquals("learning rate 0.1 is given twice", assertThrows(IllegalArgumentException.class,
                () -> compareRates(BOWL, new double[] {-3, 4}, 0.1, 0.1)).getMessage());
        assertEquals("compareRates needs at least one learning rate, e.g. 10, 0.1, 1e-10", assertThrows(
                IllegalArgumentException.class, () -> compareRates(BOWL, new double[] {-3, 4})).getMessage());
    }

    @Test
    void compareRatesTableHasOneRowPerRate() {
        RateComparison comparison = compareRates(gradientDescent(BOWL, -3.0, 4.0).quiet(), 10, 0.1, 1e-10);
        Table table = comparison.table();
        assertEquals(List.of("lr", "x0", "x1", "f", "gradNorm", "steps", "outcome"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals(-2.5898374737328363e+13, table.doubleColumn("x0").getDouble(0));
        assertEquals("barely moved", table.stringColumn("outcome").get(2));
    }
}

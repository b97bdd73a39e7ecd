package dev.diffkernel.optim;

import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.nn.Networks;
import dev.diffkernel.nn.SimpleNet;
import dev.diffkernel.linalg.Shape;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Descent over a weight matrix, as the neural-network lectures train {@code simpleNet}. */
class MatrixDescentTest {
    private static final double[][] TARGET = {{1, 2, 3}, {-1, -2, -3}};

    /** Σ (W_ij − T_ij)², minimum 0 at W = T. */
    private static double squaredDistance(double[][] w) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                sum += (w[i][j] - TARGET[i][j]) * (w[i][j] - TARGET[i][j]);
            }
        }
        return sum;
    }

    @Test
    void descentOverAnArrayMatrixConvergesToTheTarget() {
        double[][] weights = new double[2][3];
        Run run = gradientDescent(MatrixDescentTest::squaredDistance, weights).lr(0.1).steps(500).tolerance(1e-8)
                .quiet().run();
        assertEquals(Outcome.CONVERGED, run.outcome());
        assertEquals(Optional.of(new Shape(2, 3)), run.matrixShape());
        double[][] end = run.endMatrix().toArray();
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(TARGET[i], end[i], 1e-8);
        }
        assertArrayEquals(new double[3], weights[0]);
        assertArrayEquals(new double[3], weights[1]);
        assertEquals("W[1][2]", run.variables().get(5));
        assertEquals("L(W)", run.label());
        assertEquals(List.of("x0", "x1", "x2", "x3", "x4", "x5"), run.function().variables());
        assertEquals(run.endValue(), run.function().at(run.end()));
    }

    @Test
    void descentOverAMatrixTrainsSimpleNet() {
        double[] x = {0.6, 0.9};
        double[] t = {0, 0, 1};
        SimpleNet net = Networks.simpleNet(42);
        Matrix start = net.weights();
        Run run = gradientDescent(w -> net.withWeights(w).loss(x, t), start).lr(0.1).steps(100).quiet().run();
        assertEquals(Outcome.FINISHED, run.outcome());
        assertEquals(net.loss(x, t), run.losses()[0]);
        assertTrue(run.endValue() < run.losses()[0] / 2, run.toString());
        assertEquals(net.withWeights(run.endMatrix()).loss(x, t), run.endValue());
        assertEquals(start, net.weights());
    }

    @Test
    void theFirstStepOnSimpleNetIsTheLecturesNumericalGradientStep() {
        double[] x = {0.6, 0.9};
        double[] t = {0, 0, 1};
        SimpleNet net = Networks.simpleNet(42);
        Run run = gradientDescent((Matrix w) -> net.withWeights(w).loss(x, t), net.weights()).lr(0.1).steps(1).quiet().run();
        Matrix expected = net.weights().subtract(net.numericalGradient(x, t).scale(0.1));
        assertTrue(expected.maxAbsDifference(run.endMatrix()) < 1e-15, run.endMatrix() + " vs " + expected);
    }

    @Test
    void aSuppliedMatrixGradientIsUsed() {
        double[] x = {0.6, 0.9};
        double[] t = {0, 0, 1};
        SimpleNet net = Networks.simpleNet(42);
        Run analytic = gradientDescent((Matrix w) -> net.withWeights(w).loss(x, t), net.weights())
                .matrixGradient(w -> net.withWeights(w).analyticGradient(x, t)).lr(0.1).steps(100).quiet().run();
        Run numerical = gradientDescent((Matrix w) -> net.withWeights(w).loss(x, t), net.weights()).lr(0.1).steps(100)
                .quiet().run();
        assertEquals(GradientKind.SUPPLIED, analytic.settings().gradient());
        assertTrue(analytic.endMatrix().maxAbsDifference(numerical.endMatrix()) < 1e-6);
    }

    @Test
    void endMatrixOfAVectorRunSaysWhatToUseInstead() {
        Run run = gradientDescent(v -> v[0] * v[0], 1.0).quiet().run();
        IllegalStateException e = assertThrows(IllegalStateException.class, run::endMatrix);
        assertEquals("endMatrix() needs a run over a weight matrix but this run was over a vector of 1; use end()",
                e.getMessage());
    }

    @Test
    void raggedWeightsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gradientDescent(MatrixDescentTest::squaredDistance, new double[][] {{1, 2, 3}, {4, 5}}));
        assertEquals("weights must be rectangular but row 1 has 2 entries and row 0 has 3", e.getMessage());
    }

    @Test
    void vectorGradientOnAMatrixDescentPointsToMatrixGradient() {
        GradientDescent descent = gradientDescent(MatrixDescentTest::squaredDistance, new double[2][3]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> descent.gradient(v -> v));
        assertEquals("this descent is over a 2x3 weight matrix; give its gradient with matrixGradient(w -> ...)",
                e.getMessage());
    }

    @Test
    void summaryPrintsMatricesRowByRow() {
        Run run = gradientDescent(MatrixDescentTest::squaredDistance, new double[2][3]).lr(0.5).steps(1).quiet().run();
        assertEquals("[[0, 0, 0], [0, 0, 0]]", run.startText());
        assertEquals("[[1, 2, 3], [-1, -2, -3]]", run.endText());
    }
}

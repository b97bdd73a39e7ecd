package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.linalg.Shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SimpleNetTest {
    /** The W that "Deep Learning from Scratch" 4.4.2 prints for its simpleNet. */
    private static final Matrix W = Matrix.of(new double[][] {
            {0.47355232, 0.9977393, 0.84668094},
            {0.85557411, 0.03563661, 0.69422093}});
    private static final double[] X = {0.6, 0.9};
    private static final double[] T = {0, 0, 1};

    /**
     * dW computed with /usr/bin/python3 and numpy 1.24.2 by the book's code: softmax (max subtracted),
     * cross_entropy_error with delta 1e-7, numerical_gradient with h = 1e-4, on the W above.
     */
    private static final Matrix NUMPY_DW = Matrix.of(new double[][] {
            {0.2192475712392561, 0.14356242984070455, -0.3628100010055757},
            {0.3288713569016277, 0.21534364482433954, -0.5442150014750569}});

    private static void assertClose(Matrix expected, Matrix actual, double tolerance) {
        assertEquals(expected.shape(), actual.shape());
        double gap = expected.maxAbsDifference(actual);
        assertTrue(gap <= tolerance, () -> "expected\n" + expected + "\nbut was\n" + actual + "\ngap " + gap);
    }

    @Test
    void predictIsXTimesW() {
        assertArrayEquals(new double[] {1.054148091, 0.630716529, 1.132807401},
                Networks.simpleNet(W).predict(X), 1e-15);
    }

    @Test
    void lossIsTheLecturesValue() {
        assertEquals(0.9280682857864075, Networks.simpleNet(W).loss(X, T));
    }

    @Test
    void numericalGradientMatchesNumpy() {
        assertClose(NUMPY_DW, Networks.simpleNet(W).numericalGradient(X, T), 1e-9);
    }

    @Test
    void numericalGradientLeavesWUnchanged() {
        double[][] before = W.toArray();
        SimpleNet net = Networks.simpleNet(W);
        net.numericalGradient(X, T);
        assertArrayEquals(before, net.weights().toArray());
        assertEquals(0.9280682857864075, net.loss(X, T));
    }

    @Test
    void analyticGradientOfSoftmaxCrossEntropyAgreesWithTheNumericalOne() {
        SimpleNet net = Networks.simpleNet(W);
        // (y - t) x_j: numpy np.outer(x, softmax(np.dot(x, W)) - t)
        assertClose(Matrix.of(new double[][] {
                {0.2192476266788698, 0.14356246612192342, -0.3628100928007932},
                {0.3288714400183047, 0.21534369918288512, -0.5442151392011898}}), net.analyticGradient(X, T), 1e-15);
        assertClose(net.numericalGradient(X, T), net.analyticGradient(X, T), 2e-7); // the loss's delta 1e-7
    }

    @Test
    void analyticGradientOfSigmoidCrossEntropyIsXiMinusTiTimesXj() {
        // Lecture 001: dE/dw_ji = (x_i - t_i) x_j. Expected values from numpy on the same W, x, t.
        SimpleNet net = Networks.sigmoidNet(W);
        assertEquals(2.689803098652694, net.loss(X, T), 1e-15);
        Matrix analytic = net.analyticGradient(X, T);
        assertClose(Matrix.of(new double[][] {
                {0.44494239036477445, 0.3915911491265885, -0.1461860263118608},
                {0.6674135855471617, 0.5873867236898828, -0.21927903946779123}}), analytic, 1e-15);
        Matrix numerical = net.numericalGradient(X, T);
        assertClose(Matrix.of(new double[][] {
                {0.44494239032744076, 0.39159114910036763, -0.14618602634630662},
                {0.6674135854334295, 0.5873867236050323, -0.21927903958163242}}), numerical, 1e-9);
        assertClose(numerical, analytic, 1e-9);
    }

    @Test
    void gradientOfAnyLossOfAMatrixThroughTheFacade() {
        SimpleNet net = Networks.simpleNet(W);
        Matrix dW = Networks.numericalGradient(w -> net.withWeights(w).loss(X, T), W);
        assertClose(NUMPY_DW, dW, 1e-9);
        // d/dW of sum(W^2) is 2W
        assertClose(W.scale(2), Networks.numericalGradient(w -> w.multiply(w).sum(), W), 1e-9);
    }

    @Test
    void gradientTableListsBothGradientsPerWeight() {
        Table table = Networks.simpleNet(W).gradientTable(X, T);
        assertEquals("[weight, value, numerical, analytic, difference]", table.columnNames().toString());
        assertEquals("w23", table.stringColumn("weight").get(5));
        assertEquals(0.69422093, table.doubleColumn("value").getDouble(5));
        assertEquals(NUMPY_DW.get(1, 2), table.doubleColumn("numerical").getDouble(5), 1e-9);
    }

    @Test
    void inputsOfTheWrongLengthAreReported() {
        SimpleNet net = Networks.simpleNet(W);
        assertEquals("x has 3 values but W is 2x3, so x needs 2 (one per row of W)",
                assertThrows(IllegalArgumentException.class, () -> net.loss(new double[] {1, 2, 3}, T)).getMessage());
        assertEquals("t has 2 values but W is 2x3, so t needs 3 (one per column of W)",
                assertThrows(IllegalArgumentException.class, () -> net.loss(X, new double[] {0, 1})).getMessage());
    }

    @Test
    void seededNetsAreReproducible() {
        assertEquals(Networks.simpleNet(7).weights(), Networks.simpleNet(7).weights());
        assertEquals(new Shape(2, 3), Networks.simpleNet(7).weights().shape());
    }
}
